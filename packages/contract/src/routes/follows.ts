import { followResponseSchema } from '@stackyard/domain';
import type { z } from 'zod';

/**
 * Following works the same way for tools, stacks and people: PUT follows, DELETE stops, both idempotent,
 * both answering whether the viewer now follows and how many do. Each resource spreads these into its own
 * contracts, so the pair is written once.
 */
export function followRoutes<const Params extends z.ZodObject>(path: string, params: Params, subject: string, rule = '') {
  const shared = {
    path,
    tags: ['follows'],
    access: 'member',
    request: { params },
    responses: { 200: { description: `Whether the viewer follows ${subject}, and the follower count`, schema: followResponseSchema } },
  } as const;
  return {
    follow: { ...shared, method: 'put', summary: `Follows ${subject} (idempotent${rule})` },
    unfollow: { ...shared, method: 'delete', summary: `Stops following ${subject} (idempotent)` },
  } as const;
}
