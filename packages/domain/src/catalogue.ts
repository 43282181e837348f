import { z } from 'zod';
import { cursorParam, limitParam, pageSchema } from './pagination.js';
import { SLUG_PATTERN } from './slug.js';

const slugParam = z.string().max(80).regex(SLUG_PATTERN, 'must be a slug (lowercase letters, digits and hyphens)');

export const TOOL_SORTS = ['popular', 'followers', 'votes', 'newest', 'name'] as const;
export type ToolSort = (typeof TOOL_SORTS)[number];

/** GET /api/v1/tools */
export const toolListQuerySchema = z.object({
  q: z.string().trim().min(1).max(100).optional(),
  layer: slugParam.optional(),
  category: slugParam.optional(),
  function: slugParam.optional(),
  openSource: z.enum(['true', 'false']).transform((value) => value === 'true').optional(),
  sort: z.enum(TOOL_SORTS).default('popular'),
  cursor: cursorParam.optional(),
  limit: limitParam,
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
  followers: z.number().int(),
  votes: z.number().int(),
  githubStars: z.number().int().nullable(),
  githubForks: z.number().int().nullable(),
  githubSyncedAt: z.string().nullable(),
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

export const toolDetailSchema = toolSummarySchema.extend({
  description: z.string(),
  websiteUrl: z.string().nullable(),
  githubRepo: z.string().nullable(),
  license: z.string().nullable(),
  path: categoryPathSchema,
  integrations: z.array(toolLinkSchema),
});
export type ToolDetail = z.infer<typeof toolDetailSchema>;
export const toolDetailResponseSchema = z.object({ tool: toolDetailSchema });

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
