import { sql, type Kysely } from 'kysely';

/**
 * The whole data model. Written as SQL because constraints and expression indexes read better that way;
 * every statement is accepted by PostgreSQL 15 and by PGlite.
 *
 * Conventions: bigint identity keys; case-insensitive uniqueness through unique indexes on lower(...);
 * counters are plain integer columns checked non-negative and kept by the repositories; ON DELETE CASCADE
 * where a row means nothing without its parent, SET NULL where the community's content outlives its author.
 */
const up_statements = [
  `create extension if not exists pg_trgm`,
  `create extension if not exists unaccent`,

  `create table users (
    id bigint generated always as identity primary key,
    username text not null check (username ~ '^[A-Za-z0-9_-]{3,30}$'),
    email text not null check (length(email) between 3 and 254 and position('@' in email) > 1),
    display_name text check (length(display_name) <= 80),
    bio text check (length(bio) <= 500),
    avatar_url text check (length(avatar_url) <= 500 and avatar_url ~ '^https?://'),
    website_url text check (length(website_url) <= 500 and website_url ~ '^https?://'),
    role text not null default 'member' check (role in ('member', 'moderator', 'admin')),
    password_hash text,
    suspended_at timestamptz,
    followers_count integer not null default 0 check (followers_count >= 0),
    created_at timestamptz not null default now(),
    updated_at timestamptz not null default now()
  )`,
  `create unique index users_username_lower_key on users (lower(username))`,
  `create unique index users_email_lower_key on users (lower(email))`,
  `create index users_username_trgm_idx on users using gin (lower(username) gin_trgm_ops)`,

  `create table sessions (
    id text primary key check (id ~ '^[0-9a-f]{64}$'),
    user_id bigint not null references users (id) on delete cascade,
    expires_at timestamptz not null,
    last_verified_at timestamptz not null default now(),
    user_agent text check (length(user_agent) <= 512),
    ip text check (length(ip) <= 64),
    created_at timestamptz not null default now()
  )`,
  `create index sessions_user_id_idx on sessions (user_id)`,
  `create index sessions_expires_at_idx on sessions (expires_at)`,

  `create table oauth_accounts (
    provider text not null check (provider in ('github')),
    provider_user_id text not null check (length(provider_user_id) between 1 and 64),
    user_id bigint not null references users (id) on delete cascade,
    created_at timestamptz not null default now(),
    primary key (provider, provider_user_id)
  )`,
  `create index oauth_accounts_user_id_idx on oauth_accounts (user_id)`,

  `create table api_tokens (
    id bigint generated always as identity primary key,
    user_id bigint not null references users (id) on delete cascade,
    name text not null check (length(name) between 1 and 100),
    token_hash text not null unique check (token_hash ~ '^[0-9a-f]{64}$'),
    last_used_at timestamptz,
    created_at timestamptz not null default now()
  )`,
  `create unique index api_tokens_user_name_key on api_tokens (user_id, lower(name))`,

  `create table layers (
    id integer generated always as identity primary key,
    slug text not null unique check (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
    name text not null check (length(name) between 1 and 100),
    position integer not null default 0
  )`,
  `create table categories (
    id integer generated always as identity primary key,
    layer_id integer not null references layers (id) on delete cascade,
    slug text not null unique check (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
    name text not null check (length(name) between 1 and 100),
    position integer not null default 0
  )`,
  `create index categories_layer_id_idx on categories (layer_id, position)`,
  `create table functions (
    id integer generated always as identity primary key,
    category_id integer not null references categories (id) on delete cascade,
    slug text not null unique check (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
    name text not null check (length(name) between 1 and 100),
    position integer not null default 0
  )`,
  `create index functions_category_id_idx on functions (category_id, position)`,

  `create table tools (
    id bigint generated always as identity primary key,
    slug text not null unique check (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$' and length(slug) <= 80),
    name text not null check (length(name) between 1 and 100),
    tagline text not null default '' check (length(tagline) <= 160),
    description text not null default '' check (length(description) <= 2000),
    website_url text check (length(website_url) <= 500 and website_url ~ '^https?://'),
    github_repo text check (github_repo ~ '^[A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+$'),
    logo_url text check (length(logo_url) <= 500),
    function_id integer not null references functions (id) on delete restrict,
    open_source boolean not null default false,
    license text check (length(license) <= 64),
    github_stars integer check (github_stars >= 0),
    github_forks integer check (github_forks >= 0),
    github_pushed_at timestamptz,
    github_synced_at timestamptz,
    stacks_count integer not null default 0 check (stacks_count >= 0),
    followers_count integer not null default 0 check (followers_count >= 0),
    votes_count integer not null default 0 check (votes_count >= 0),
    created_at timestamptz not null default now(),
    updated_at timestamptz not null default now()
  )`,
  `create unique index tools_name_lower_key on tools (lower(name))`,
  `create index tools_function_id_idx on tools (function_id, stacks_count desc, id desc)`,
  `create index tools_stacks_count_idx on tools (stacks_count desc, id desc)`,
  `create index tools_followers_count_idx on tools (followers_count desc, id desc)`,
  `create index tools_votes_count_idx on tools (votes_count desc, id desc)`,
  `create index tools_created_at_idx on tools (created_at desc, id desc)`,
  `create index tools_name_sort_idx on tools (lower(name) text_pattern_ops, id)`,
  `create index tools_name_trgm_idx on tools using gin (lower(name) gin_trgm_ops)`,

  `create table tool_integrations (
    tool_id bigint not null references tools (id) on delete cascade,
    other_tool_id bigint not null references tools (id) on delete cascade,
    primary key (tool_id, other_tool_id),
    check (tool_id < other_tool_id)
  )`,
  `create index tool_integrations_other_tool_id_idx on tool_integrations (other_tool_id)`,

  `create table reasons (
    id bigint generated always as identity primary key,
    tool_id bigint not null references tools (id) on delete cascade,
    kind text not null check (kind in ('pro', 'con')),
    text text not null check (length(text) between 3 and 140),
    author_id bigint references users (id) on delete set null,
    votes_count integer not null default 0 check (votes_count >= 0),
    hidden boolean not null default false,
    created_at timestamptz not null default now(),
    updated_at timestamptz not null default now()
  )`,
  `create unique index reasons_tool_text_key on reasons (tool_id, lower(text))`,
  `create index reasons_ranking_idx on reasons (tool_id, kind, votes_count desc, created_at)`,
  `create index reasons_author_id_idx on reasons (author_id)`,

  `create table reason_votes (
    reason_id bigint not null references reasons (id) on delete cascade,
    user_id bigint not null references users (id) on delete cascade,
    created_at timestamptz not null default now(),
    primary key (reason_id, user_id)
  )`,
  `create index reason_votes_user_id_idx on reason_votes (user_id)`,

  `create table stacks (
    id bigint generated always as identity primary key,
    owner_id bigint not null references users (id) on delete cascade,
    slug text not null check (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$' and length(slug) <= 100),
    name text not null check (length(name) between 1 and 100),
    description text not null default '' check (length(description) <= 5000),
    website_url text check (length(website_url) <= 500 and website_url ~ '^https?://'),
    followers_count integer not null default 0 check (followers_count >= 0),
    tools_count integer not null default 0 check (tools_count >= 0),
    hidden boolean not null default false,
    created_at timestamptz not null default now(),
    updated_at timestamptz not null default now()
  )`,
  `create unique index stacks_owner_slug_key on stacks (owner_id, slug)`,
  `create index stacks_created_at_idx on stacks (created_at desc, id desc)`,
  `create index stacks_name_trgm_idx on stacks using gin (lower(name) gin_trgm_ops)`,

  `create table stack_tools (
    stack_id bigint not null references stacks (id) on delete cascade,
    tool_id bigint not null references tools (id) on delete cascade,
    note text check (length(note) <= 280),
    source text not null default 'manual' check (source in ('manual', 'detected')),
    source_path text check (length(source_path) <= 500),
    detected_at timestamptz,
    created_at timestamptz not null default now(),
    primary key (stack_id, tool_id),
    check (source = 'manual' or source_path is not null)
  )`,
  `create index stack_tools_tool_id_idx on stack_tools (tool_id, created_at desc, stack_id desc)`,

  `create table follows (
    id bigint generated always as identity primary key,
    user_id bigint not null references users (id) on delete cascade,
    target_type text not null check (target_type in ('tool', 'stack', 'user')),
    tool_id bigint references tools (id) on delete cascade,
    stack_id bigint references stacks (id) on delete cascade,
    followee_id bigint references users (id) on delete cascade,
    created_at timestamptz not null default now(),
    check (
      (target_type = 'tool' and tool_id is not null and stack_id is null and followee_id is null) or
      (target_type = 'stack' and stack_id is not null and tool_id is null and followee_id is null) or
      (target_type = 'user' and followee_id is not null and tool_id is null and stack_id is null)
    ),
    check (followee_id is null or followee_id <> user_id)
  )`,
  `create unique index follows_user_tool_key on follows (user_id, tool_id) where tool_id is not null`,
  `create unique index follows_user_stack_key on follows (user_id, stack_id) where stack_id is not null`,
  `create unique index follows_user_followee_key on follows (user_id, followee_id) where followee_id is not null`,
  `create index follows_user_id_idx on follows (user_id, target_type)`,
  `create index follows_tool_id_idx on follows (tool_id) where tool_id is not null`,
  `create index follows_stack_id_idx on follows (stack_id) where stack_id is not null`,
  `create index follows_followee_id_idx on follows (followee_id) where followee_id is not null`,

  `create table decisions (
    id bigint generated always as identity primary key,
    author_id bigint not null references users (id) on delete cascade,
    stack_id bigint references stacks (id) on delete set null,
    body text not null check (length(body) between 20 and 5000),
    votes_count integer not null default 0 check (votes_count >= 0),
    hidden boolean not null default false,
    created_at timestamptz not null default now(),
    updated_at timestamptz not null default now()
  )`,
  `create index decisions_created_at_idx on decisions (created_at desc, id desc)`,
  `create index decisions_author_id_idx on decisions (author_id, created_at desc)`,
  `create index decisions_stack_id_idx on decisions (stack_id) where stack_id is not null`,

  `create table decision_tools (
    decision_id bigint not null references decisions (id) on delete cascade,
    tool_id bigint not null references tools (id) on delete cascade,
    primary key (decision_id, tool_id)
  )`,
  `create index decision_tools_tool_id_idx on decision_tools (tool_id, decision_id desc)`,

  `create table decision_votes (
    decision_id bigint not null references decisions (id) on delete cascade,
    user_id bigint not null references users (id) on delete cascade,
    created_at timestamptz not null default now(),
    primary key (decision_id, user_id)
  )`,
  `create index decision_votes_user_id_idx on decision_votes (user_id)`,

  `create table events (
    id bigint generated always as identity primary key,
    actor_id bigint not null references users (id) on delete cascade,
    verb text not null check (verb in ('stack.created', 'stack.tools_added', 'decision.posted', 'reason.added', 'tool.followed')),
    stack_id bigint references stacks (id) on delete cascade,
    decision_id bigint references decisions (id) on delete cascade,
    reason_id bigint references reasons (id) on delete cascade,
    tool_id bigint references tools (id) on delete cascade,
    payload jsonb not null default '{}'::jsonb,
    created_at timestamptz not null default now()
  )`,
  `create index events_created_at_idx on events (created_at desc, id desc)`,
  `create index events_actor_id_idx on events (actor_id, created_at desc, id desc)`,
  `create index events_stack_id_idx on events (stack_id, created_at desc, id desc) where stack_id is not null`,

  `create table event_tools (
    event_id bigint not null references events (id) on delete cascade,
    tool_id bigint not null references tools (id) on delete cascade,
    created_at timestamptz not null,
    primary key (event_id, tool_id)
  )`,
  `create index event_tools_tool_id_idx on event_tools (tool_id, created_at desc, event_id desc)`,

  `create table reports (
    id bigint generated always as identity primary key,
    reporter_id bigint not null references users (id) on delete cascade,
    subject_type text not null check (subject_type in ('reason', 'decision', 'stack', 'user')),
    subject_id bigint not null,
    reason text not null check (reason in ('spam', 'abusive', 'off-topic', 'wrong', 'other')),
    note text check (length(note) <= 1000),
    status text not null default 'open' check (status in ('open', 'upheld', 'dismissed')),
    resolved_by bigint references users (id) on delete set null,
    resolved_at timestamptz,
    created_at timestamptz not null default now()
  )`,
  `create unique index reports_reporter_subject_key on reports (reporter_id, subject_type, subject_id)`,
  `create index reports_subject_idx on reports (subject_type, subject_id)`,
  `create index reports_open_idx on reports (created_at, id) where status = 'open'`,

  `create table moderation_log (
    id bigint generated always as identity primary key,
    moderator_id bigint references users (id) on delete set null,
    action text not null check (action in ('hide', 'restore', 'suspend', 'unsuspend', 'auto_hide', 'dismiss')),
    subject_type text not null check (subject_type in ('reason', 'decision', 'stack', 'user')),
    subject_id bigint not null,
    note text check (length(note) <= 1000),
    created_at timestamptz not null default now()
  )`,
  `create index moderation_log_created_at_idx on moderation_log (created_at desc, id desc)`,
];

const tablesInDropOrder = [
  'moderation_log',
  'reports',
  'event_tools',
  'events',
  'decision_votes',
  'decision_tools',
  'decisions',
  'follows',
  'stack_tools',
  'stacks',
  'reason_votes',
  'reasons',
  'tool_integrations',
  'tools',
  'functions',
  'categories',
  'layers',
  'api_tokens',
  'oauth_accounts',
  'sessions',
  'users',
];

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of up_statements) await sql.raw(statement).execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of tablesInDropOrder) await sql.raw(`drop table if exists ${table}`).execute(db);
}
