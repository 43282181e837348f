import { z } from 'zod';
import { adoptionSchema } from './adoption.js';
import { cursorFits, cursorOfAnySortParam, cursorParam, limitParam, pageSchema, type CursorKeyType } from './pagination.js';
import { SLUG_PATTERN } from './slug.js';
import { toolStackSchema } from './stacks.js';
import { textSchema } from './text.js';

export const slugParam = textSchema().max(80).regex(SLUG_PATTERN, 'must be a slug (lowercase letters, digits and hyphens)');

export const TOOL_SORTS = ['popular', 'followers', 'votes', 'newest', 'name'] as const;
export type ToolSort = (typeof TOOL_SORTS)[number];

/** What each sort orders tools by, and so what its cursors carry. */
export const TOOL_SORT_KEY_TYPES: Record<ToolSort, CursorKeyType> = {
  popular: 'number',
  followers: 'number',
  votes: 'number',
  newest: 'timestamp',
  name: 'text',
};

/** Text a person typed to find something: one line, trimmed and bounded. */
export const searchTextParam = textSchema().trim().min(1, 'must not be empty').max(100);

/** GET /api/v1/tools */
export const toolListQuerySchema = z
  .object({
    q: searchTextParam.optional(),
    layer: slugParam.optional(),
    category: slugParam.optional(),
    function: slugParam.optional(),
    openSource: z.enum(['true', 'false']).transform((value) => value === 'true').optional(),
    sort: z.enum(TOOL_SORTS).default('popular'),
    cursor: cursorOfAnySortParam.optional(),
    limit: limitParam,
  })
  .refine((query) => query.cursor === undefined || cursorFits(query.cursor, TOOL_SORT_KEY_TYPES[query.sort]), {
    path: ['cursor'],
    message: 'is not a cursor of this sort',
  });
export type ToolListQuery = z.infer<typeof toolListQuerySchema>;

/** GET /api/v1/tools/:slug */
export const toolParamsSchema = z.object({ slug: slugParam });

export const taxonomyRefSchema = z.object({ slug: z.string(), name: z.string() });
export const categoryPathSchema = z.object({
  layer: taxonomyRefSchema,
  category: taxonomyRefSchema,
  function: taxonomyRefSchema,
});
export type CategoryPath = z.infer<typeof categoryPathSchema>;

export const toolStatsSchema = z.object({
  stacks: z.number().int(),
  /** Of those stacks, how many detection added it to (from a file of theirs). */
  detectedIn: z.number().int(),
  followers: z.number().int(),
  votes: z.number().int(),
  githubStars: z.number().int().nullable(),
  githubForks: z.number().int().nullable(),
  githubSyncedAt: z.string().nullable(),
  /** When the repository last received a push, as GitHub reported at the last sync. */
  githubPushedAt: z.string().nullable(),
});

export const toolSummarySchema = z.object({
  slug: z.string(),
  name: z.string(),
  tagline: z.string(),
  logoUrl: z.string().nullable(),
  openSource: z.boolean(),
  function: taxonomyRefSchema,
  stats: toolStatsSchema,
});
export type ToolSummary = z.infer<typeof toolSummarySchema>;

export const toolListResponseSchema = pageSchema(toolSummarySchema);

export const toolLinkSchema = z.object({ slug: z.string(), name: z.string(), logoUrl: z.string().nullable() });
export type ToolLink = z.infer<typeof toolLinkSchema>;

export const REASON_KINDS = ['pro', 'con'] as const;
export type ReasonKind = (typeof REASON_KINDS)[number];

/** A pro or a con with its community votes. */
export const reasonSchema = z.object({
  id: z.number().int(),
  kind: z.enum(REASON_KINDS),
  text: z.string(),
  votes: z.number().int(),
  createdAt: z.string(),
  /** Out of public sight (a moderator hid it, or its author is suspended): only its author and moderators see it, so marked. */
  hidden: z.boolean(),
});
export type Reason = z.infer<typeof reasonSchema>;

/**
 * How many pros, cons (of each kind) and integrations a tool page and a comparison carry of each tool; the
 * rest are a page away (GET /api/v1/tools/:slug/reasons and /integrations), so that the answer for the most
 * discussed tool is no bigger than for any other.
 */
export const PROFILE_REASONS = 10;
export const PROFILE_INTEGRATIONS = 24;

/** The rest of a list that an answer carries only the first few of. */
export const listRestSchema = z.object({
  /** How many there are in all (that the viewer may see). */
  total: z.number().int(),
  /** Where the next page starts, for the list's own endpoint; null when the first few are all. */
  nextCursor: z.string().nullable(),
});
export type ListRest = z.infer<typeof listRestSchema>;

/** What a tool page and a comparison both show of a tool: who it is, where it sits, what people say. */
export const toolProfileSchema = toolSummarySchema.extend({
  description: z.string(),
  websiteUrl: z.string().nullable(),
  githubRepo: z.string().nullable(),
  license: z.string().nullable(),
  path: categoryPathSchema,
  /** The most used tools it integrates with, the first PROFILE_INTEGRATIONS. */
  integrations: z.array(toolLinkSchema),
  /** The pros and cons the viewer may see, most voted first, then first written first: PROFILE_REASONS of each. */
  pros: z.array(reasonSchema),
  cons: z.array(reasonSchema),
  /** The rest of each of those three lists. */
  rest: z.object({ pros: listRestSchema, cons: listRestSchema, integrations: listRestSchema }),
});
export type ToolProfile = z.infer<typeof toolProfileSchema>;

/** The signed-in viewer's relation to a tool. */
export const toolViewerStateSchema = z.object({
  following: z.boolean(),
  votedReasonIds: z.array(z.number().int()),
});
export type ToolViewerState = z.infer<typeof toolViewerStateSchema>;

/** GET /api/v1/tools/:slug */
export const toolDetailSchema = toolProfileSchema.extend({
  /** The most used tools of the same function; the rest at /tools/:slug/alternatives. */
  alternatives: z.array(toolSummarySchema),
  /** The stacks that added it most recently; the rest at /tools/:slug/stacks. */
  stacks: z.array(toolStackSchema),
  /** Stacks that added it, month by month: the months and the one series a comparison would chart for it. */
  adoption: adoptionSchema,
  /** Null when nobody is signed in. */
  viewer: toolViewerStateSchema.nullable(),
});
export type ToolDetail = z.infer<typeof toolDetailSchema>;
export const toolDetailResponseSchema = z.object({ tool: toolDetailSchema });

/** GET /api/v1/tools/:slug/stacks: keyset pages, the stacks that added the tool most recently first. */
export const toolStacksQuerySchema = z.object({ cursor: cursorParam('timestamp').optional(), limit: limitParam });
/** GET /api/v1/tools/:slug/alternatives: keyset pages, the most used first. */
export const toolAlternativesQuerySchema = z.object({ cursor: cursorParam('number').optional(), limit: limitParam });
export type ToolPageQuery = z.infer<typeof toolStacksQuerySchema>;
export const toolStacksResponseSchema = pageSchema(toolStackSchema);
export const toolAlternativesResponseSchema = pageSchema(toolSummarySchema);

/** GET /api/v1/tools/:slug/reasons: keyset pages of one kind, in the profile's order (most voted first). */
export const toolReasonsQuerySchema = z.object({
  kind: z.enum(REASON_KINDS),
  cursor: cursorParam('number').optional(),
  limit: limitParam,
});
export type ToolReasonsQuery = z.infer<typeof toolReasonsQuerySchema>;
export const toolReasonsResponseSchema = pageSchema(reasonSchema);

/** GET /api/v1/tools/:slug/integrations: keyset pages, the most used first. */
export const toolIntegrationsQuerySchema = z.object({ cursor: cursorParam('number').optional(), limit: limitParam });
export const toolIntegrationsResponseSchema = pageSchema(toolLinkSchema);

/** GET /api/v1/categories: the taxonomy tree with how many tools each level holds. */
const functionNodeSchema = taxonomyRefSchema.extend({ toolCount: z.number().int() });
const categoryNodeSchema = taxonomyRefSchema.extend({
  toolCount: z.number().int(),
  functions: z.array(functionNodeSchema),
});
export const layerNodeSchema = taxonomyRefSchema.extend({
  toolCount: z.number().int(),
  categories: z.array(categoryNodeSchema),
});
export type LayerNode = z.infer<typeof layerNodeSchema>;
export const categoryTreeResponseSchema = z.object({ layers: z.array(layerNodeSchema) });
