import { detectRequestSchema, detectResponseSchema } from '@stackyard/domain';
import { defineRoutes } from '../route.js';

export const detect = defineRoutes('detect', {
  run: {
    method: 'post',
    path: '/api/v1/detect',
    summary:
      "Detects the stack of a tree from its manifests: each catalogue tool with the file and line that show it, hints, unknown packages and unreadable files (at most 300 files of 1 MB, 4 MB in all: 413 beyond)",
    tags: ['detect'],
    access: 'member',
    request: { body: detectRequestSchema },
    responses: { 200: { description: 'What the files show', schema: detectResponseSchema } },
    errors: { 413: 'More files or bytes than a detection reads' },
  },
});
