import type { Database } from '@stackyard/db';
import type { SearchQuery, SearchResponse } from '@stackyard/domain';
import type { Kysely } from 'kysely';
import { searchStacks, searchTools, searchUsers, TRIGRAM_MIN_LENGTH } from '../repositories/search-repository.js';
import type { SearchCache } from './search-cache.js';

/**
 * Autocomplete: tools, stacks and people matching what was typed, three index-served queries side by side.
 * Prefixes shorter than the trigram length (the first keystrokes, asked for by everyone) come from `cache`.
 */
export async function search(db: Kysely<Database>, query: SearchQuery, cache: SearchCache): Promise<SearchResponse> {
  if (query.q.length < TRIGRAM_MIN_LENGTH) return cache.get(`${query.limit}:${query.q.toLowerCase()}`, () => lookUp(db, query));
  return lookUp(db, query);
}

async function lookUp(db: Kysely<Database>, query: SearchQuery): Promise<SearchResponse> {
  const [tools, stacks, users] = await Promise.all([
    searchTools(db, query.q, query.limit),
    searchStacks(db, query.q, query.limit),
    searchUsers(db, query.q, query.limit),
  ]);
  return {
    tools: tools.map((tool) => ({
      slug: tool.slug,
      name: tool.name,
      logoUrl: tool.logoUrl,
      tagline: tool.tagline,
      function: { slug: tool.functionSlug, name: tool.functionName },
    })),
    stacks,
    users,
  };
}
