export { createDatabase, ensurePostgresDatabase, type DatabaseHandle, type DatabaseOptions, type Engine } from './database.js';
export { DataDirLockedError, LOCK_FILE, lockDataDir, readLockHolder, type DataDirLock, type LockHolder } from './data-dir-lock.js';
export { isConnectionLoss } from './connection-loss.js';
export { withKeptPlans } from './kept-plans.js';
export { CONTENT_CHANGED_CHANNEL } from './migrations/20261208000100_content_changed.js';
export { DatabaseBusyError } from './database-busy.js';
export { findCounterDrift, rebuildDerivedTable, recountCounters, type CounterDrift } from './counters.js';
export { renderMarkdown } from './markdown/render-markdown.js';
export { migrateToLatest, migrateToZero } from './migrator.js';
export {
  afterKey,
  keysetOrder,
  newestFirst,
  orderByKeyset,
  pageWindow,
  paginate,
  toPage,
  type Keyset,
  type PageRequest,
  type PageWindow,
} from './pagination.js';
export type { Database, Db, Trx } from './schema.js';
export * from './tables/api-tokens.js';
export * from './tables/categories.js';
export * from './tables/comparison-views.js';
export * from './tables/comparison-view-visitors.js';
export * from './tables/decision-tools.js';
export * from './tables/decision-votes.js';
export * from './tables/decisions.js';
export * from './tables/event-tools.js';
export * from './tables/events.js';
export * from './tables/follows.js';
export * from './tables/functions.js';
export * from './tables/layers.js';
export * from './tables/moderation-log.js';
export * from './tables/oauth-accounts.js';
export * from './tables/reason-votes.js';
export * from './tables/reasons.js';
export * from './tables/reports.js';
export * from './tables/sessions.js';
export * from './tables/stack-tools.js';
export * from './tables/stacks.js';
export * from './tables/tool-integrations.js';
export * from './tables/tool-pairs.js';
export * from './tables/tools.js';
export * from './tables/users.js';
