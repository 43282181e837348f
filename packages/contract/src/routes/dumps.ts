import { openDataFileParamsSchema, openDataManifestSchema } from '@stackyard/domain';
import { DEAD_TOKEN_ERROR, defineRoutes } from '../route.js';

const LATEST = '/api/v1/dumps/latest';
const NONE_YET = 'No dump has been taken yet (`npm run pnpm -- dump` takes one)';

export const dumps = defineRoutes('dumps', {
  latest: {
    method: 'get',
    path: LATEST,
    summary: 'The newest open-data dump (CC BY 4.0): when it was taken, and each file with its rows, size and SHA-256',
    tags: ['open data'],
    access: 'public',
    responses: { 200: { description: 'The dump and its files', schema: openDataManifestSchema } },
    errors: { 401: DEAD_TOKEN_ERROR, 404: NONE_YET },
  },
  file: {
    method: 'get',
    path: `${LATEST}/:file`,
    summary: 'One file of the newest dump: JSON Lines of tools, taxonomy, stacks, pros and cons, decisions or people, or its README or LICENSE',
    tags: ['open data'],
    access: 'public',
    request: { params: openDataFileParamsSchema },
    responses: { 200: { description: 'The file as it was written', contentType: 'application/octet-stream' } },
    errors: { 404: NONE_YET },
  },
});
