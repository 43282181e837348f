import { contracts } from '@stackyard/contract';
import type { AppContext } from '../../context.js';
import { createSearchCache } from '../../services/search-cache.js';
import { search } from '../../services/search-service.js';
import { implement } from '../mount-route.js';

/** /api/v1/search?q= */
export function searchRouter({ db, metrics }: AppContext) {
  const shortPrefixes = createSearchCache(undefined, (outcome) => metrics.cacheLookups.inc({ cache: 'search', outcome }));
  return implement(contracts.search, {
    all: async ({ query }) => ({ status: 200, body: await search(db, query, shortPrefixes) }),
  });
}
