import { z } from 'zod';
import { toolLinkSchema } from './catalogue.js';
import { cursorParam, limitParam, pageSchema } from './pagination.js';
import { SLUG_PATTERN } from './slug.js';
import { userLinkSchema } from './stacks.js';
import { USERNAME_PATTERN } from './auth.js';
import { voteStateSchema } from './reasons.js';
import { textSchema } from './text.js';

export const DECISION_MIN_LENGTH = 20;
export const DECISION_MAX_LENGTH = 5000;
export const DECISION_MAX_TOOLS = 10;

/** POST /api/v1/decisions: "why we chose X over Y", in Markdown, about 1-10 tools, maybe within a stack. */
export const createDecisionRequestSchema = z.object({
  body: textSchema({ multiline: true })
    .max(DECISION_MAX_LENGTH * 4, `must be at most ${DECISION_MAX_LENGTH} characters`)
    .transform((text) => text.trim())
    .pipe(
      z
        .string()
        .min(DECISION_MIN_LENGTH, `must be at least ${DECISION_MIN_LENGTH} characters`)
        .max(DECISION_MAX_LENGTH, `must be at most ${DECISION_MAX_LENGTH} characters`),
    ),
  tools: z
    .array(textSchema().trim().toLowerCase().max(80).regex(SLUG_PATTERN, 'must be a tool slug'))
    .min(1, 'must name at least one tool')
    .max(DECISION_MAX_TOOLS, `may name at most ${DECISION_MAX_TOOLS} tools`),
  /** "owner/slug" of one of the author's stacks. */
  stack: textSchema()
    .max(140)
    .regex(new RegExp(`^${USERNAME_PATTERN.source.slice(1, -1)}/[a-z0-9]+(-[a-z0-9]+)*$`), 'must be "owner/stack-slug"')
    .optional(),
});
export type CreateDecisionRequest = z.infer<typeof createDecisionRequestSchema>;

export const decisionParamsSchema = z.object({ id: z.coerce.number().int().positive().max(Number.MAX_SAFE_INTEGER) });

export const decisionSchema = z.object({
  id: z.number().int(),
  author: userLinkSchema,
  body: z.string(),
  /** The body rendered safely: no raw HTML, links rel="nofollow ugc". */
  html: z.string(),
  tools: z.array(toolLinkSchema),
  /** The stack it was written in, when the viewer may see it (`hidden`: only as its owner or a moderator). */
  stack: z.object({ owner: z.string(), slug: z.string(), name: z.string(), hidden: z.boolean() }).nullable(),
  votes: z.number().int(),
  createdAt: z.string(),
  viewerVoted: z.boolean().nullable(),
  /** Out of public sight (a moderator hid it, or its author is suspended): only its author and moderators see it, so marked. */
  hidden: z.boolean(),
});
export type Decision = z.infer<typeof decisionSchema>;
export const decisionResponseSchema = z.object({ decision: decisionSchema });
export const decisionListResponseSchema = pageSchema(decisionSchema);
export const decisionPageQuerySchema = z.object({ cursor: cursorParam('timestamp').optional(), limit: limitParam });

/** PUT /api/v1/decisions/:id/vote */
export const decisionVoteResponseSchema = z.object({ decision: voteStateSchema });

/**
 * POST /api/v1/decisions/preview: a draft's body, rendered as a posted decision's would be. The same bounds as
 * a decision's body at most (a draft may still be short), so a preview cannot be used to render anything larger.
 */
export const decisionPreviewRequestSchema = z.object({
  body: textSchema({ multiline: true })
    .max(DECISION_MAX_LENGTH * 4, `must be at most ${DECISION_MAX_LENGTH} characters`)
    .transform((text) => text.trim())
    .pipe(z.string().max(DECISION_MAX_LENGTH, `must be at most ${DECISION_MAX_LENGTH} characters`)),
});
export type DecisionPreviewRequest = z.infer<typeof decisionPreviewRequestSchema>;
/** The draft's body rendered safely: exactly the `html` a decision with that body would have. */
export const decisionPreviewResponseSchema = z.object({ html: z.string() });
