import { z } from 'zod';
import { toolLinkSchema } from './catalogue.js';
import { cursorParam, limitParam, pageSchema } from './pagination.js';
import { userLinkSchema } from './stacks.js';

export const FEED_VERBS = ['stack.created', 'stack.tools_added', 'decision.posted', 'reason.added', 'tool.followed'] as const;

export const feedQuerySchema = z.object({ cursor: cursorParam('timestamp').optional(), limit: limitParam });

/** One feed item, ready to render: who did what to which stack, decision or pro/con, touching which tools. */
export const feedItemSchema = z.object({
  id: z.number().int(),
  verb: z.enum(FEED_VERBS),
  createdAt: z.string(),
  actor: userLinkSchema,
  stack: z.object({ owner: z.string(), slug: z.string(), name: z.string() }).nullable(),
  decision: z.object({ id: z.number().int(), excerpt: z.string() }).nullable(),
  reason: z.object({ id: z.number().int(), kind: z.enum(['pro', 'con']), text: z.string() }).nullable(),
  tools: z.array(toolLinkSchema),
});
export type FeedItem = z.infer<typeof feedItemSchema>;
export const feedResponseSchema = pageSchema(feedItemSchema);

export const trendingToolSchema = toolLinkSchema.extend({
  tagline: z.string(),
  newStacks: z.number().int(),
  newFollowers: z.number().int(),
});
export const trendingResponseSchema = z.object({ items: z.array(trendingToolSchema), days: z.number().int() });

/** A feed item in one sentence, for Atom titles and plain-text views. */
export function describeFeedItem(item: FeedItem): string {
  const who = item.actor.displayName ?? item.actor.username;
  const tools = item.tools.map((tool) => tool.name);
  const list = tools.length <= 3 ? tools.join(', ') : `${tools.slice(0, 3).join(', ')} and ${tools.length - 3} more`;
  switch (item.verb) {
    case 'stack.created':
      return `${who} shared the stack ${item.stack?.name ?? ''}${list ? ` (${list})` : ''}`;
    case 'stack.tools_added':
      return `${who} added ${list} to ${item.stack?.name ?? 'a stack'}`;
    case 'decision.posted':
      return `${who} wrote about ${list}`;
    case 'reason.added':
      return `${who} added a ${item.reason?.kind ?? 'pro'} for ${list}: ${item.reason?.text ?? ''}`;
    case 'tool.followed':
      return `${who} followed ${list}`;
  }
}
