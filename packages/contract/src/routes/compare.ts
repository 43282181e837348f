import {
  compareQuerySchema,
  compareResponseSchema,
  popularComparisonsQuerySchema,
  popularComparisonsResponseSchema,
} from '@stackyard/domain';
import { defineRoutes } from '../route.js';

export const compare = defineRoutes('compare', {
  tools: {
    method: 'get',
    path: '/api/v1/compare',
    summary: '2-3 tools side by side, with shared stacks and integrations, adoption over time and related comparisons',
    tags: ['comparisons'],
    access: 'public',
    request: { query: compareQuerySchema },
    responses: { 200: { description: 'The comparison', schema: compareResponseSchema } },
  },
});

export const comparisons = defineRoutes('comparisons', {
  popular: {
    method: 'get',
    path: '/api/v1/comparisons/popular',
    summary: 'The most viewed comparisons (views are saved every few seconds), keyset-paginated',
    tags: ['comparisons'],
    access: 'public',
    request: { query: popularComparisonsQuerySchema },
    responses: { 200: { description: 'A page of comparisons', schema: popularComparisonsResponseSchema } },
  },
});
