import { z } from 'zod';
import { slugParam, taxonomyRefSchema, toolLinkSchema } from './catalogue.js';
import { decisionSchema } from './decisions.js';
import { cursorParam, limitParam, pageSchema } from './pagination.js';
import { SLUG_PATTERN } from './slug.js';
import { stackSummarySchema, userLinkSchema } from './stacks.js';
import { USERNAME_PATTERN } from './auth.js';
import { textSchema, webUrlSchema } from './text.js';
import { evidenceSchema, stackToolEvidenceSchema } from './detection.js';

const optionalUrl = webUrlSchema.nullable().optional();

export const stackToolInputSchema = z.object({
  slug: textSchema().trim().toLowerCase().max(80).regex(SLUG_PATTERN, 'must be a tool slug'),
  note: textSchema().trim().max(280).nullable().optional(),
  /** Where detection saw it (the CLI, or files dropped on the editor): such a tool is marked detected. */
  evidence: stackToolEvidenceSchema.optional(),
});
export type StackToolInput = z.infer<typeof stackToolInputSchema>;

export const MAX_STACK_TOOLS = 200;

/** POST /api/v1/stacks */
export const createStackRequestSchema = z.object({
  name: textSchema().trim().min(1, 'is required').max(100),
  description: textSchema({ multiline: true }).trim().max(5000).default(''),
  websiteUrl: optionalUrl,
  tools: z.array(stackToolInputSchema).min(1, 'must list at least one tool').max(MAX_STACK_TOOLS, `may list at most ${MAX_STACK_TOOLS} tools`),
});
export type CreateStackRequest = z.infer<typeof createStackRequestSchema>;

/** PATCH /api/v1/stacks/:owner/:slug: given fields change; `tools`, when given, becomes the stack's set. */
export const updateStackRequestSchema = z
  .object({
    name: createStackRequestSchema.shape.name,
    description: textSchema({ multiline: true }).trim().max(5000),
    websiteUrl: optionalUrl,
    tools: createStackRequestSchema.shape.tools,
  })
  .partial()
  .strict();
export type UpdateStackRequest = z.infer<typeof updateStackRequestSchema>;

export const usernameParam = textSchema().max(30).regex(USERNAME_PATTERN, 'is not a username');
export const stackParamsSchema = z.object({ owner: usernameParam, slug: slugParam });
export const userParamsSchema = z.object({ username: usernameParam });

export const stackToolSchema = toolLinkSchema.extend({
  tagline: z.string(),
  note: z.string().nullable(),
  /** Added by hand, or by detection (which alone may take it away again). */
  source: z.enum(['manual', 'detected']),
  /** The file and line detection saw it at first, when it was seen. */
  sourcePath: z.string().nullable(),
  sourceLine: z.number().int().nullable(),
  /** When detection last saw it ("confirmed"); null when never. */
  detectedAt: z.string().nullable(),
  evidence: z.array(evidenceSchema),
  addedAt: z.string(),
});

/** A stack's page: its tools grouped by layer, then category, as the taxonomy orders them. */
export const stackDetailSchema = z.object({
  /** What a report names the stack by. */
  id: z.number().int(),
  slug: z.string(),
  name: z.string(),
  description: z.string(),
  websiteUrl: z.string().nullable(),
  owner: userLinkSchema,
  createdAt: z.string(),
  updatedAt: z.string(),
  stats: z.object({ tools: z.number().int(), followers: z.number().int() }),
  groups: z.array(
    taxonomyRefSchema.extend({
      categories: z.array(taxonomyRefSchema.extend({ tools: z.array(stackToolSchema.extend({ function: taxonomyRefSchema })) })),
    }),
  ),
  /** The newest decisions written about this stack. */
  decisions: z.array(decisionSchema),
  viewer: z.object({ following: z.boolean(), canEdit: z.boolean() }).nullable(),
  /** Out of public sight (a moderator hid it, or its owner is suspended): only its owner and moderators see it, so marked. */
  hidden: z.boolean(),
});
export type StackDetail = z.infer<typeof stackDetailSchema>;

/** GET /api/v1/stacks: keyset pages of the stacks anyone may see, the most recently updated first. */
export const stackListQuerySchema = z.object({ cursor: cursorParam('timestamp').optional(), limit: limitParam });
export type StackListQuery = z.infer<typeof stackListQuerySchema>;
/** A stack in the public list, with when it was shared and last changed (a sitemap's lastmod). */
export const stackListItemSchema = stackSummarySchema.extend({ createdAt: z.string(), updatedAt: z.string() });
export type StackListItem = z.infer<typeof stackListItemSchema>;
export const stackListResponseSchema = pageSchema(stackListItemSchema);

/**
 * PUT /api/v1/stacks/:owner/:slug/detected-tools: what detection finds now. Tools it finds are added or
 * confirmed with their evidence; tools it had added and no longer finds are removed; tools added by hand stay.
 */
export const syncDetectedToolsRequestSchema = z
  .object({
    tools: z
      .array(z.object({ slug: stackToolInputSchema.shape.slug, evidence: stackToolEvidenceSchema }).strict())
      .min(1, 'must list at least one tool')
      .max(MAX_STACK_TOOLS, `may list at most ${MAX_STACK_TOOLS} tools`),
  })
  .strict();
export type SyncDetectedToolsRequest = z.infer<typeof syncDetectedToolsRequestSchema>;
export const syncDetectedToolsResponseSchema = z.object({
  stack: stackDetailSchema,
  added: z.array(z.string()),
  confirmed: z.array(z.string()),
  removed: z.array(z.string()),
});
export type SyncDetectedToolsResponse = z.infer<typeof syncDetectedToolsResponseSchema>;

export const followStateSchema = z.object({ following: z.boolean(), followers: z.number().int() });

export const stackDetailResponseSchema = z.object({ stack: stackDetailSchema });
export const createdStackResponseSchema = z.object({ stack: z.object({ owner: z.string(), slug: z.string() }) });

/** GET /api/v1/users/popular: the most followed people, as many as asked (12 at most). */
export const POPULAR_USERS_MAX = 12;
export const popularUsersQuerySchema = z.object({ limit: z.coerce.number().int().min(1).max(POPULAR_USERS_MAX).default(POPULAR_USERS_MAX) });
export const popularUserSchema = userLinkSchema.extend({
  followers: z.number().int(),
  /** Their stacks anyone may see. */
  stacks: z.number().int(),
  /** Whether the viewer follows them; null when nobody is signed in. */
  viewerFollowing: z.boolean().nullable(),
});
export type PopularUser = z.infer<typeof popularUserSchema>;
/** Ranked by followers, then stacks; suspended people and the viewer themselves are left out. */
export const popularUsersResponseSchema = z.object({ items: z.array(popularUserSchema) });

/** How many stacks and follows of each kind, and decisions, a profile lists. */
export const PROFILE_LIST = 50;
export const PROFILE_DECISIONS = 20;

/** GET /api/v1/users/:username: a person's profile, stacks, decisions and what they follow, with counts. */
export const profileResponseSchema = z.object({
  user: userLinkSchema.extend({
    /** What a report names the person by. */
    id: z.number().int(),
    bio: z.string().nullable(),
    websiteUrl: z.string().nullable(),
    createdAt: z.string(),
    followers: z.number().int(),
    /** Suspended by a moderator: such a profile is shown only to its owner and moderators. */
    suspended: z.boolean(),
  }),
  /** Their newest stacks (at most PROFILE_LIST; `counts.stacks` says how many there are). */
  stacks: z.array(stackSummarySchema),
  /** Their newest decisions (at most PROFILE_DECISIONS; `counts.decisions` says how many). */
  decisions: z.array(decisionSchema),
  /** What they follow that anyone may see, the newest follows first (at most PROFILE_LIST of each). */
  following: z.object({
    tools: z.array(toolLinkSchema),
    stacks: z.array(z.object({ owner: z.string(), slug: z.string(), name: z.string() })),
    users: z.array(userLinkSchema),
  }),
  /** How many of each the lists above come from: the same things the reader may see, however many are listed. */
  counts: z.object({
    stacks: z.number().int(),
    decisions: z.number().int(),
    following: z.object({ tools: z.number().int(), stacks: z.number().int(), users: z.number().int() }),
  }),
  viewer: z.object({ following: z.boolean() }).nullable(),
});
export type Profile = z.infer<typeof profileResponseSchema>;
