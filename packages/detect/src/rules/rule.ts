import type { MatcherKind } from '../types.js';

/** Names to match, per kind. A `*` matches any run of characters: "@radix-ui/*", "aws_eks_*". */
export type Patterns = { readonly [K in MatcherKind]?: readonly string[] };

/**
 * How one catalogue tool is recognised: its matchers, what it implies, and for every pattern with a `*` a
 * name it must match (a pattern without one is its own example). A test fires each through the parsers.
 */
export type Rule = Patterns & {
  readonly slug: string;
  /** Tools this one brings with it: Next.js implies React. */
  readonly implies?: readonly string[];
  readonly examples?: Patterns;
};
