import { z } from 'zod';
import { REASON_KINDS, reasonSchema } from './catalogue.js';
import { textSchema } from './text.js';

/** Trimmed, with every run of white space made one space, so that near-identical texts compare equal. */
export function normaliseReasonText(text: string): string {
  return text.trim().replace(/\s+/g, ' ');
}

/** One line once normalised; newlines and tabs typed in it become spaces. */
export const reasonTextSchema = textSchema({ multiline: true })
  .max(2000, 'must be at most 140 characters')
  .transform(normaliseReasonText)
  .pipe(z.string().min(3, 'must be at least 3 characters').max(140, 'must be at most 140 characters'));

/** POST /api/v1/tools/:slug/reasons */
export const createReasonRequestSchema = z.object({ kind: z.enum(REASON_KINDS), text: reasonTextSchema });
/** PATCH /api/v1/reasons/:id */
export const updateReasonRequestSchema = z.object({ text: reasonTextSchema });
export const reasonParamsSchema = z.object({ id: z.coerce.number().int().positive().max(Number.MAX_SAFE_INTEGER) });

/** PUT /api/v1/reasons/:id/vote: sets the viewer's vote (1) or removes it (0); it never toggles. */
export const voteRequestSchema = z.object({ value: z.union([z.literal(0), z.literal(1)]) });

/** What POST /api/v1/tools/:slug/reasons and PATCH /api/v1/reasons/:id answer. */
export const reasonResponseSchema = z.object({ reason: reasonSchema });

/** A vote as it stands after a change: how many there are, and whether the viewer's is among them. */
export const voteStateSchema = z.object({ id: z.number().int(), votes: z.number().int(), viewerVoted: z.boolean() });
export const voteResponseSchema = z.object({ reason: voteStateSchema });
export type VoteResult = z.infer<typeof voteResponseSchema>['reason'];

/** PUT|DELETE /api/v1/tools/:slug/follow */
export const followResponseSchema = z.object({ following: z.boolean(), followers: z.number().int() });
export type FollowResult = z.infer<typeof followResponseSchema>;
