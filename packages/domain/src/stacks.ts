import { z } from 'zod';

/** A person as other pages link to them. */
export const userLinkSchema = z.object({
  username: z.string(),
  displayName: z.string().nullable(),
  avatarUrl: z.string().nullable(),
});
export type UserLink = z.infer<typeof userLinkSchema>;

/** A stack as lists show it; its page is /stacks/:owner/:slug. */
export const stackSummarySchema = z.object({
  slug: z.string(),
  name: z.string(),
  description: z.string(),
  owner: userLinkSchema,
  stats: z.object({ tools: z.number().int(), followers: z.number().int() }),
  /** Out of public sight (a moderator hid it, or its owner is suspended): only its owner and moderators see it, so marked. */
  hidden: z.boolean(),
});
export type StackSummary = z.infer<typeof stackSummarySchema>;

/** A stack that uses a given tool, with when the tool joined it. */
export const toolStackSchema = stackSummarySchema.extend({ addedAt: z.string() });
export type ToolStack = z.infer<typeof toolStackSchema>;
