import type { RouteContract } from './route.js';
import { auth } from './routes/auth.js';
import { categories } from './routes/categories.js';
import { compare, comparisons } from './routes/compare.js';
import { decisions } from './routes/decisions.js';
import { detect } from './routes/detect.js';
import { dumps } from './routes/dumps.js';
import { feed } from './routes/feed.js';
import { health, openapi } from './routes/health.js';
import { me } from './routes/me.js';
import { moderation } from './routes/moderation.js';
import { reasons } from './routes/reasons.js';
import { reports } from './routes/reports.js';
import { search } from './routes/search.js';
import { stacks } from './routes/stacks.js';
import { tools } from './routes/tools.js';
import { users } from './routes/users.js';

/**
 * THE REGISTRY of endpoints, by resource: the API mounts every one of them (and nothing else), the OpenAPI
 * document is generated from them, and the typed client calls them as `client.<resource>.<name>()`.
 */
export const contracts = {
  health,
  openapi,
  auth,
  me,
  categories,
  tools,
  compare,
  comparisons,
  search,
  reasons,
  stacks,
  decisions,
  users,
  feed,
  reports,
  moderation,
  detect,
  dumps,
} as const;

export type Contracts = typeof contracts;
export type Resource = keyof Contracts;

/** Every contract, flat. */
export const allContracts: readonly RouteContract[] = Object.values(contracts).flatMap(
  (group) => Object.values(group) as RouteContract[],
);
