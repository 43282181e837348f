import { z } from 'zod';
import { cursorParam, limitParam, pageSchema } from './pagination.js';

export const REPORT_SUBJECT_TYPES = ['reason', 'decision', 'stack', 'user'] as const;
export const REPORT_REASONS = ['spam', 'abusive', 'off-topic', 'wrong', 'other'] as const;
/** Reports from this many distinct people hide a subject until a moderator decides. */
export const AUTO_HIDE_REPORTS = 5;

/** POST /api/v1/reports */
export const createReportRequestSchema = z.object({
  subjectType: z.enum(REPORT_SUBJECT_TYPES),
  subjectId: z.number().int().positive().max(Number.MAX_SAFE_INTEGER),
  reason: z.enum(REPORT_REASONS),
  note: z.string().trim().max(1000).optional(),
});

export const MODERATION_ACTIONS = ['hide', 'restore', 'suspend', 'unsuspend', 'dismiss'] as const;

/** POST /api/v1/moderation/actions */
export const moderationActionRequestSchema = z.object({
  action: z.enum(MODERATION_ACTIONS),
  subjectType: z.enum(REPORT_SUBJECT_TYPES),
  subjectId: z.number().int().positive().max(Number.MAX_SAFE_INTEGER),
  note: z.string().trim().max(1000).optional(),
});

export const moderationPageQuerySchema = z.object({ cursor: cursorParam.optional(), limit: limitParam });

export const reportQueueItemSchema = z.object({
  subjectType: z.enum(REPORT_SUBJECT_TYPES),
  subjectId: z.number().int(),
  /** What is reported, in a line: the text of a pro/con, the start of a decision, a stack's or person's name. */
  summary: z.string(),
  hidden: z.boolean(),
  reports: z.number().int(),
  reasons: z.array(z.enum(REPORT_REASONS)),
  firstReportedAt: z.string(),
});
export const reportQueueResponseSchema = pageSchema(reportQueueItemSchema);

export const moderationLogEntrySchema = z.object({
  id: z.number().int(),
  action: z.enum([...MODERATION_ACTIONS, 'auto_hide']),
  subjectType: z.enum(REPORT_SUBJECT_TYPES),
  subjectId: z.number().int(),
  moderator: z.string().nullable(),
  note: z.string().nullable(),
  createdAt: z.string(),
});
export const moderationLogResponseSchema = pageSchema(moderationLogEntrySchema);
