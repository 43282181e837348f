import type { DemoComparison } from './comparisons.js';
import type { DemoGithubFigures } from './github-figures.js';

// The shapes of the demo community, apart from the code that generates it, so each generator can name
// them without importing another.

export interface DemoUser {
  username: string;
  email: string;
  displayName: string;
  bio: string;
  createdAt: Date;
}

export interface DemoStackTool {
  tool: string;
  note: string | null;
  sourcePath: string | null;
  addedAt: Date;
}

export interface DemoStack {
  owner: string;
  slug: string;
  name: string;
  description: string;
  createdAt: Date;
  /** When it last changed: when its last tool arrived. */
  updatedAt: Date;
  tools: DemoStackTool[];
}

export interface DemoReason {
  tool: string;
  kind: 'pro' | 'con';
  text: string;
  author: string;
  createdAt: Date;
  voters: string[];
}

export type DemoFollow =
  | { user: string; type: 'tool'; tool: string; createdAt: Date }
  | { user: string; type: 'stack'; owner: string; slug: string; createdAt: Date }
  | { user: string; type: 'user'; followee: string; createdAt: Date };

export interface DemoDecision {
  author: string;
  stack: { owner: string; slug: string } | null;
  body: string;
  tools: string[];
  createdAt: Date;
  voters: string[];
}

export interface DemoCommunity {
  users: DemoUser[];
  stacks: DemoStack[];
  reasons: DemoReason[];
  follows: DemoFollow[];
  decisions: DemoDecision[];
  /** Comparisons people opened, with their views. */
  comparisons: DemoComparison[];
  /** GitHub figures as of a recent sync, for the tools whose repository the catalogue knows. */
  githubFigures: DemoGithubFigures[];
}

