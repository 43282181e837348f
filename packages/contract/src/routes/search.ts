import { searchQuerySchema, searchResponseSchema } from '@stackyard/domain';
import { defineRoutes } from '../route.js';

export const search = defineRoutes('search', {
  all: {
    method: 'get',
    path: '/api/v1/search',
    summary: 'Autocomplete over tools, stacks and people, ignoring case and accents',
    tags: ['search'],
    access: 'public',
    request: { query: searchQuerySchema },
    responses: { 200: { description: 'The best matches of each kind', schema: searchResponseSchema } },
  },
});
