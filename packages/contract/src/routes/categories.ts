import { categoryTreeResponseSchema } from '@stackyard/domain';
import { DEAD_TOKEN_ERROR, defineRoutes } from '../route.js';

export const categories = defineRoutes('categories', {
  tree: {
    method: 'get',
    path: '/api/v1/categories',
    summary: 'The taxonomy (layers > categories > functions) with how many tools each level holds',
    tags: ['tools'],
    access: 'public',
    responses: { 200: { description: 'The taxonomy tree', schema: categoryTreeResponseSchema } },
    errors: { 401: DEAD_TOKEN_ERROR },
  },
});
