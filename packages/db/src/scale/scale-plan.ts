/**
 * How big the scale dataset is at a scale, and how skewed. Scale 1 is the size the performance goals are
 * stated at: 100k people, 20k tools, 50k stacks, 200k pros and cons, 1M votes, 10M follows and
 * 2M feed events; every count is multiplied by the scale.
 */

/** The sizes at scale 1. Stack tools follow from the stacks (2-14 tools each, 8 on average). */
export const SCALE_ONE = {
  users: 100_000,
  tools: 20_000,
  stacks: 50_000,
  reasons: 200_000,
  reasonVotes: 1_000_000,
  decisions: 20_000,
  decisionVotes: 200_000,
  follows: 10_000_000,
  events: 2_000_000,
} as const;

/** The tables the load writes; their secondary indexes are built after it. */
export const SCALE_TABLES = [
  'users', 'tools', 'stacks', 'stack_tools', 'reasons', 'reason_votes', 'decisions', 'decision_tools', 'decision_votes',
  'follows', 'events', 'event_tools',
] as const;
export type ScaleTable = (typeof SCALE_TABLES)[number];

/** What a follower's follows are: people most, then tools, then stacks. */
export const FOLLOW_SHARES = { user: 0.45, tool: 0.4, stack: 0.15 } as const;

/** The feed's reader: one account that follows exactly this many targets (tools, stacks and people). */
export const BENCH_FOLLOWER_TARGETS = 200;

/** How many stacks the most used tool should be in, as a share of all stacks. */
export const TOP_TOOL_STACK_SHARE = 0.3;

/** A stack has 2 + (a number from 0 to STACK_TOOL_SPREAD - 1) tools drawn, 8 on average. */
export const STACK_TOOL_MIN = 2;
export const STACK_TOOL_SPREAD = 13;
/** The first tools of a stack came with it (its stack.created event); each later one is its own stack.tools_added event. */
export const STACK_TOOLS_AT_CREATION = 3;

/**
 * Skews, as k in `power(random(), k)`: the rank drawn is 1 + floor(n * power(random(), k)), so rank 1 is
 * drawn with probability (1/n)^(1/k) and the last rank with about 1/(k n). Activity (who acts) is gentler
 * than popularity (what is chosen), so that the most active person is busy but not absurdly so.
 */
export const SKEW = {
  activity: 1.5,
  followedUser: 3,
  followedStack: 3,
  reasonTool: 2,
  votedReason: 3,
  decisionTool: 2.5,
  votedDecision: 2,
} as const;

/** Deterministic markers of the moderated minority: every so many ids is hidden or suspended. */
export const EVERY_NTH = { suspendedUser: 211, hiddenStack: 101, hiddenReason: 97, hiddenDecision: 89 } as const;

export interface ScalePlan {
  scale: number;
  /** Synthetic people (bench-user-1 ... bench-user-N); the feed's reader comes after them. */
  users: number;
  /** Every tool: the catalogue's, then synthetic ones up to the scale's number. */
  tools: number;
  catalogueTools: number;
  stacks: number;
  reasons: number;
  reasonVotes: number;
  decisions: number;
  decisionVotes: number;
  follows: { tool: number; stack: number; user: number };
  events: number;
  /** k of the tool draw in stacks, such that the most used tool is in about TOP_TOOL_STACK_SHARE of stacks. */
  stackToolSkew: number;
}

const count = (base: number, scale: number, least = 1) => Math.max(least, Math.round(base * scale));

export function planScale(scale: number, catalogueTools: number): ScalePlan {
  if (!Number.isFinite(scale) || scale <= 0) throw new Error(`The scale must be a positive number (not ${scale})`);
  const tools = Math.max(catalogueTools, count(SCALE_ONE.tools, scale));
  const follows = count(SCALE_ONE.follows, scale);
  return {
    scale,
    users: count(SCALE_ONE.users, scale, 10),
    tools,
    catalogueTools,
    stacks: count(SCALE_ONE.stacks, scale, 5),
    reasons: count(SCALE_ONE.reasons, scale),
    reasonVotes: count(SCALE_ONE.reasonVotes, scale),
    decisions: count(SCALE_ONE.decisions, scale),
    decisionVotes: count(SCALE_ONE.decisionVotes, scale),
    follows: {
      tool: Math.round(follows * FOLLOW_SHARES.tool),
      stack: Math.round(follows * FOLLOW_SHARES.stack),
      user: Math.round(follows * FOLLOW_SHARES.user),
    },
    events: count(SCALE_ONE.events, scale),
    stackToolSkew: skewForTopShare(tools, STACK_TOOL_MIN + (STACK_TOOL_SPREAD - 1) / 2, TOP_TOOL_STACK_SHARE),
  };
}

/**
 * The k for which the top of n ranks is among `draws` draws with probability `share`: each draw takes it
 * with p = 1 - (1 - share)^(1/draws), and p = (1/n)^(1/k).
 */
export function skewForTopShare(n: number, draws: number, share: number): number {
  const perDraw = 1 - (1 - share) ** (1 / draws);
  return Math.log(n) / -Math.log(perDraw);
}

const PERMUTATION_PRIMES = [1_000_003, 999_983, 15_485_863, 7_919];

/**
 * A multiplier that spreads ranks over ids: rank r (1..n) is id 1 + ((r - 1) * m) mod n, a permutation
 * because m is a prime that does not divide n. So the most popular person or stack is not simply the first.
 */
export function permutationMultiplier(n: number): number {
  const prime = PERMUTATION_PRIMES.find((candidate) => n % candidate !== 0);
  if (prime === undefined) throw new Error(`No permutation multiplier for ${n}`);
  return prime % n === 0 ? 1 : prime;
}
