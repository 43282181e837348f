// Plain values without schemas, so public pages can offer a Report form without bringing zod into the
// browser (`@stackyard/domain/report-reasons`); moderation.ts builds its schemas from them.

export const REPORT_SUBJECT_TYPES = ['reason', 'decision', 'stack', 'user'] as const;
export type ReportSubjectType = (typeof REPORT_SUBJECT_TYPES)[number];

export const REPORT_REASONS = ['spam', 'abusive', 'off-topic', 'wrong', 'other'] as const;
export type ReportReason = (typeof REPORT_REASONS)[number];

/** Each reason as a person picks it, and as a moderator reads it. */
export const REPORT_REASON_LABELS: Record<ReportReason, string> = {
  spam: 'Spam or advertising',
  abusive: 'Abusive or harassing',
  'off-topic': 'Off topic',
  wrong: 'Wrong or misleading',
  other: 'Something else',
};
