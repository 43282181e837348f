import { z } from 'zod';
import { searchTextParam, taxonomyRefSchema, toolLinkSchema } from './catalogue.js';
import { userLinkSchema } from './stacks.js';

/** GET /api/v1/search?q=: autocomplete over tools, stacks and people. */
export const searchQuerySchema = z.object({
  q: searchTextParam,
  /** Most results per kind. */
  limit: z.coerce.number().int().min(1).max(20).default(6),
});
export type SearchQuery = z.infer<typeof searchQuerySchema>;

export const toolSearchHitSchema = toolLinkSchema.extend({ tagline: z.string(), function: taxonomyRefSchema });
export const stackSearchHitSchema = z.object({ slug: z.string(), name: z.string(), owner: z.string() });

export const searchResponseSchema = z.object({
  /** Names that start with the text first (exact match on top), then close spellings. */
  tools: z.array(toolSearchHitSchema),
  stacks: z.array(stackSearchHitSchema),
  users: z.array(userLinkSchema),
});
export type SearchResponse = z.infer<typeof searchResponseSchema>;
