import type { Kysely, Transaction } from 'kysely';
import type { ApiTokensTable } from './tables/api-tokens.js';
import type { DecisionToolsTable } from './tables/decision-tools.js';
import type { DecisionsTable } from './tables/decisions.js';
import type { EventToolsTable } from './tables/event-tools.js';
import type { EventsTable } from './tables/events.js';
import type { FollowsTable } from './tables/follows.js';
import type { ModerationLogTable } from './tables/moderation-log.js';
import type { ReportsTable } from './tables/reports.js';
import type { OauthAccountsTable } from './tables/oauth-accounts.js';
import type { ReasonsTable } from './tables/reasons.js';
import type { SessionsTable } from './tables/sessions.js';
import type { StackToolsTable } from './tables/stack-tools.js';
import type { StacksTable } from './tables/stacks.js';
import type { CategoriesTable } from './tables/categories.js';
import type { ComparisonViewsTable } from './tables/comparison-views.js';
import type { ComparisonViewVisitorsTable } from './tables/comparison-view-visitors.js';
import type { FunctionsTable } from './tables/functions.js';
import type { LayersTable } from './tables/layers.js';
import type { ToolIntegrationsTable } from './tables/tool-integrations.js';
import type { ToolAdoptionMonthsTable } from './tables/tool-adoption-months.js';
import type { ToolPairsTable } from './tables/tool-pairs.js';
import type { ToolsTable } from './tables/tools.js';
import type { UsersTable } from './tables/users.js';
import type { DecisionVotesTable } from './tables/decision-votes.js';
import type { ReasonVotesTable } from './tables/reason-votes.js';

/** Every table, as Kysely sees it. The SQL that creates them is in migrations/. */
export interface Database {
  users: UsersTable;
  sessions: SessionsTable;
  oauth_accounts: OauthAccountsTable;
  api_tokens: ApiTokensTable;
  layers: LayersTable;
  categories: CategoriesTable;
  functions: FunctionsTable;
  tools: ToolsTable;
  tool_integrations: ToolIntegrationsTable;
  tool_pairs: ToolPairsTable;
  tool_adoption_months: ToolAdoptionMonthsTable;
  reasons: ReasonsTable;
  reason_votes: ReasonVotesTable;
  stacks: StacksTable;
  stack_tools: StackToolsTable;
  follows: FollowsTable;
  decisions: DecisionsTable;
  decision_tools: DecisionToolsTable;
  decision_votes: DecisionVotesTable;
  events: EventsTable;
  event_tools: EventToolsTable;
  reports: ReportsTable;
  moderation_log: ModerationLogTable;
  comparison_views: ComparisonViewsTable;
  comparison_view_visitors: ComparisonViewVisitorsTable;
}

/**
 * What a query runs on: the database or a transaction on it. A function that may run in either takes `Db`;
 * one that must run inside a transaction (it locks, or writes a row with the counters that go with it)
 * takes `Trx`.
 */
export type Db = Kysely<Database> | Transaction<Database>;
export type Trx = Transaction<Database>;
