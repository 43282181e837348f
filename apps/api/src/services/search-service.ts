import type { Database } from '@stackyard/db';
import type { SearchQuery, SearchResponse } from '@stackyard/domain';
import type { Kysely } from 'kysely';
import { searchEverything } from '../repositories/search-repository.js';
import type { KeptAnswers } from './kept-answers.js';

/**
 * Autocomplete: tools, stacks and people matching what was typed, three index-served queries.
 * The answer is the same for everyone (only what anyone may see is offered), and each keystroke's text is
 * typed by many visitors in turn, so it is kept in `answers` for a few seconds (until something is shared or moderated).
 */
export async function search(db: Kysely<Database>, query: SearchQuery, answers: KeptAnswers<SearchResponse>): Promise<SearchResponse> {
  return answers.get(`${query.limit}:${query.q.toLowerCase()}`, () => lookUp(db, query));
}

async function lookUp(db: Kysely<Database>, query: SearchQuery): Promise<SearchResponse> {
  const { tools, stacks, users } = await searchEverything(db, query.q, query.limit);
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
