import { contracts } from '@stackyard/contract';
import type { SearchResponse } from '@stackyard/domain';
import type { AppContext } from '../../context.js';
import { createAnswerCache } from '../../services/answer-cache.js';
import { keptAnswers } from '../../services/kept-answers.js';
import { search } from '../../services/search-service.js';
import { implement } from '../mount-route.js';

/** /api/v1/search?q= */
export function searchRouter({ db, metrics, contentChanges = null }: AppContext) {
  const answers = keptAnswers(db, contentChanges, createAnswerCache<SearchResponse>({ counted: (outcome) => metrics.cacheLookups.inc({ cache: 'search', outcome }) }));
  return implement(contracts.search, {
    all: async ({ query }) => ({ status: 200, body: await search(db, query, answers) }),
  });
}
