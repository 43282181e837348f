import { z } from 'zod';
import { cursorParam, limitParam, pageSchema } from './pagination.js';
import { textSchema } from './text.js';

import { REPORT_REASONS, REPORT_SUBJECT_TYPES, type ReportSubjectType } from './report-reasons.js';

export { REPORT_REASONS, REPORT_SUBJECT_TYPES, type ReportReason, type ReportSubjectType } from './report-reasons.js';
/**
 * Reports from this many distinct established members (see REPORT_TRUST_MIN_AGE_DAYS in the API) hide a pro
 * or con, decision or stack until a moderator decides. A person is never suspended by reports, only queued.
 */
export const AUTO_HIDE_REPORTS = 5;
/** How many of a subject's open reports the queue shows in full. */
export const REPORT_QUEUE_DETAILS = 20;

const subjectIdSchema = z.number().int().positive().max(Number.MAX_SAFE_INTEGER);
/** Empty after trimming means no note. */
const noteSchema = textSchema({ multiline: true })
  .trim()
  .max(1000)
  .transform((note) => note || undefined)
  .optional();

/** POST /api/v1/reports */
export const createReportRequestSchema = z.object({
  subjectType: z.enum(REPORT_SUBJECT_TYPES),
  subjectId: subjectIdSchema,
  reason: z.enum(REPORT_REASONS),
  note: noteSchema,
});
export type CreateReportRequest = z.infer<typeof createReportRequestSchema>;

export const reportSchema = z.object({
  id: z.number().int(),
  subjectType: z.enum(REPORT_SUBJECT_TYPES),
  subjectId: z.number().int(),
  reason: z.enum(REPORT_REASONS),
  note: z.string().nullable(),
  createdAt: z.string(),
});
export type Report = z.infer<typeof reportSchema>;
export const reportResponseSchema = z.object({ report: reportSchema });

export const MODERATION_ACTIONS = ['hide', 'restore', 'suspend', 'unsuspend', 'dismiss'] as const;
export type ModerationAction = (typeof MODERATION_ACTIONS)[number];
/** What each action applies to: content is hidden and restored, people are suspended, any report dismissed. */
export const MODERATION_ACTION_SUBJECTS: Record<ModerationAction, readonly ReportSubjectType[]> = {
  hide: ['reason', 'decision', 'stack'],
  restore: ['reason', 'decision', 'stack'],
  suspend: ['user'],
  unsuspend: ['user'],
  dismiss: REPORT_SUBJECT_TYPES,
};

/** POST /api/v1/moderation/actions */
export const moderationActionRequestSchema = z
  .object({
    action: z.enum(MODERATION_ACTIONS),
    subjectType: z.enum(REPORT_SUBJECT_TYPES),
    subjectId: subjectIdSchema,
    note: noteSchema,
  })
  .refine((request) => MODERATION_ACTION_SUBJECTS[request.action].includes(request.subjectType), {
    path: ['subjectType'],
    message: 'does not go with this action (hide and restore take a reason, decision or stack; suspend and unsuspend a user)',
  });
export type ModerationActionRequest = z.infer<typeof moderationActionRequestSchema>;

export const moderationPageQuerySchema = z.object({ cursor: cursorParam('timestamp').optional(), limit: limitParam });

export const reportQueueItemSchema = z.object({
  subjectType: z.enum(REPORT_SUBJECT_TYPES),
  subjectId: z.number().int(),
  /** What is reported, in a line: the text of a pro/con, the start of a decision, a stack's or person's name. */
  summary: z.string(),
  /** Hidden content, or a suspended person. */
  hidden: z.boolean(),
  /** Open reports, one per person. */
  reports: z.number().int(),
  reasons: z.array(z.enum(REPORT_REASONS)),
  firstReportedAt: z.string(),
  /** The subject no longer exists (its open reports wait to be dismissed). */
  deleted: z.boolean(),
  /** The tool a reported pro or con belongs to; null for other subjects. */
  tool: z.object({ slug: z.string(), name: z.string() }).nullable(),
  /** A reported stack's address; null for other subjects. */
  stack: z.object({ owner: z.string(), slug: z.string() }).nullable(),
  /** The reported person, or the author of a reported decision; null for other subjects. */
  username: z.string().nullable(),
  /** The subject's open reports, oldest first, at most REPORT_QUEUE_DETAILS of them (`reports` counts them all). */
  openReports: z.array(
    z.object({
      id: z.number().int(),
      reason: z.enum(REPORT_REASONS),
      note: z.string().nullable(),
      /** The reporter's username; null when their account is gone. */
      reporter: z.string().nullable(),
      createdAt: z.string(),
    }),
  ),
});
export type ReportQueueItem = z.infer<typeof reportQueueItemSchema>;
export const reportQueueResponseSchema = pageSchema(reportQueueItemSchema);

export const moderationLogEntrySchema = z.object({
  id: z.number().int(),
  action: z.enum([...MODERATION_ACTIONS, 'auto_hide']),
  subjectType: z.enum(REPORT_SUBJECT_TYPES),
  subjectId: z.number().int(),
  /** The moderator's username; null for automatic hiding (and for a moderator whose account is gone). */
  moderator: z.string().nullable(),
  note: z.string().nullable(),
  createdAt: z.string(),
});
export type ModerationLogEntry = z.infer<typeof moderationLogEntrySchema>;
export const moderationLogResponseSchema = pageSchema(moderationLogEntrySchema);

/** What a moderator's action left behind. */
export const moderationActionResultSchema = z.object({
  subjectType: z.enum(REPORT_SUBJECT_TYPES),
  subjectId: z.number().int(),
  /** The subject now: content is visible or hidden, a person active or suspended; deleted when it is gone. */
  state: z.enum(['visible', 'hidden', 'active', 'suspended', 'deleted']),
  /** Whether the subject itself changed (hiding something hidden changes nothing). */
  changed: z.boolean(),
  /** Open reports this action closed. */
  resolvedReports: z.number().int(),
  /** The public log entry, or null when the action changed nothing and closed no report. */
  logEntry: moderationLogEntrySchema.nullable(),
});
export type ModerationActionResult = z.infer<typeof moderationActionResultSchema>;
export const moderationActionResponseSchema = z.object({ result: moderationActionResultSchema });
