import { sql, type Kysely, type RawBuilder } from 'kysely';
import type { Database } from '../schema.js';
import {
  BENCH_FOLLOWER_TARGETS,
  EVERY_NTH,
  SKEW,
  STACK_TOOLS_AT_CREATION,
  STACK_TOOL_MIN,
  STACK_TOOL_SPREAD,
  permutationMultiplier,
  type ScalePlan,
} from './scale-plan.js';
import { CON_PHRASES, FIRST_NAMES, LAST_NAMES, PRO_PHRASES, STACK_ADJECTIVES, STACK_NOUNS, TOOL_WORDS } from './scale-words.js';

/**
 * The scale dataset's rows, one function per table, each one set-based statement (`insert ... select ...
 * from generate_series(...)`). Ids are written explicitly (OVERRIDING SYSTEM VALUE) so that rows can name
 * each other by arithmetic instead of joins: user n is bench-user-n, tool n is the n-th most used, stack n
 * was the n-th created. Foreign keys are not checked while these run (see load-scale-data.ts), so every id
 * written here names a row that exists; the stored visibility columns are derived as they are written.
 */

/** Every synthetic person's password (one precomputed Argon2id hash), so a load test can sign anyone in. */
export const BENCH_PASSWORD = 'bench-password-1';
const BENCH_PASSWORD_HASH = '$argon2id$v=19$m=19456,t=2,p=1$J5uMj4pxoz7eORnSuoSnJQ$9UV6aaRBVu3ZK7k6QMvD3D19gH6zL3+bQKc1J8/udE8';

/** The first synthetic person; every one is bench-user-<n>. */
export const BENCH_USER = 'bench-user-1';
/** The feed's reader: follows exactly BENCH_FOLLOWER_TARGETS tools, stacks and people, and nobody follows back. */
export const BENCH_FOLLOWER = 'bench-follower';

/** Duplicate draws are dropped (one vote per person and reason...), so a few more are drawn than kept. */
const OVERDRAW = 1.3;

export interface ScaleContext {
  db: Kysely<Database>;
  plan: ScalePlan;
  now: Date;
}

const num = (value: number) => sql.lit(value);

/** A rank from 1 to n, rank 1 the most likely: 1 + floor(n * power(random(), k)). */
const rank = (n: number, k: number) => sql<number>`(1 + floor(${num(n)} * power(random(), ${num(k)})))::bigint`;

/** The id a rank stands for, spread over 1..n (see permutationMultiplier). */
const permuted = (rankSql: RawBuilder<number>, n: number) =>
  sql<number>`(1 + ((${rankSql} - 1) * ${num(permutationMultiplier(n) % n)}) % ${num(n)})`;

/** Someone acting: the more active people (by rank) act more often. */
const activeUser = (plan: ScalePlan) => permuted(rank(plan.users, SKEW.activity), plan.users);

/** Whether synthetic person `column` is one of the suspended few (the feed's reader never is). */
const suspended = (plan: ScalePlan, column: RawBuilder<unknown>) =>
  sql<boolean>`(${column} <= ${num(plan.users)} and ${column} % ${num(EVERY_NTH.suspendedUser)} = 0)`;

const at = (now: Date) => sql<Date>`${now.toISOString()}::timestamptz`;
/** A moment in the last two years. */
const past = (now: Date) => sql<Date>`(${at(now)} - random() * interval '730 days')`;
const word = (words: readonly string[], index: RawBuilder<unknown>) =>
  sql<string>`(${sql.val(words)}::text[])[1 + (${index}) % ${num(words.length)}]`;

const affected = (result: { numAffectedRows?: bigint }) => Number(result.numAffectedRows ?? 0);

export async function loadUsers({ db, plan, now }: ScaleContext): Promise<number> {
  const g = sql.ref('g');
  const result = await sql`
    insert into users (id, username, email, display_name, password_hash, suspended_at, created_at, updated_at)
    overriding system value
    select g, 'bench-user-' || g, 'bench-user-' || g || '@bench.example',
           ${word(FIRST_NAMES, g)} || ' ' || ${word(LAST_NAMES, sql`${g} / ${num(FIRST_NAMES.length)}`)},
           ${BENCH_PASSWORD_HASH},
           case when ${suspended(plan, g)} then ${at(now)} - interval '3 days' end,
           ${at(now)} - (${num(plan.users)} - g + 1) * interval '730 days' / ${num(plan.users)},
           ${at(now)} - (${num(plan.users)} - g + 1) * interval '730 days' / ${num(plan.users)}
    from generate_series(1, ${num(plan.users)}) g
    union all
    select ${num(plan.users + 1)}, ${BENCH_FOLLOWER}, ${`${BENCH_FOLLOWER}@bench.example`}, 'Bench Follower',
           ${BENCH_PASSWORD_HASH}, null, ${at(now)} - interval '30 days', ${at(now)} - interval '30 days'`.execute(db);
  return affected(result);
}

/** Synthetic tools after the catalogue's, up to the plan's number, in the catalogue's functions. */
export async function loadTools({ db, plan, now }: ScaleContext): Promise<number> {
  const { rows } = await sql<{ count: number; first: number | null; last: number | null }>`
    select count(*)::int as count, min(id)::int as first, max(id)::int as last from tools`.execute(db);
  const { count, first, last } = rows[0]!;
  // Tool n is the n-th most popular: that needs the catalogue at ids 1..n with no gap.
  if (count !== plan.catalogueTools || (count > 0 && (first !== 1 || last !== count))) {
    throw new Error(`The catalogue's tools should have ids 1..${plan.catalogueTools} (found ${count} tools, ids ${first}..${last})`);
  }
  const g = sql.ref('g');
  const result = await sql`
    insert into tools (id, slug, name, tagline, function_id, open_source, license, created_at, updated_at)
    overriding system value
    select g, 'tool-' || g, ${word(TOOL_WORDS, g)} || ' ' || g, 'A synthetic tool of the scale dataset',
           f.ids[1 + g % cardinality(f.ids)], g % 3 <> 0, case when g % 3 <> 0 then 'MIT' end, ${past(now)}, ${at(now)}
    from generate_series(${num(plan.catalogueTools + 1)}, ${num(plan.tools)}) g,
         (select array_agg(id order by id) as ids from functions) f`.execute(db);
  return affected(result);
}

export async function loadStacks({ db, plan, now }: ScaleContext): Promise<number> {
  const result = await sql`
    insert into stacks (id, owner_id, slug, name, description, hidden, author_suspended, created_at, updated_at)
    overriding system value
    select g, owner_id, 'stack-' || g,
           ${word(STACK_ADJECTIVES, sql.ref('g'))} || ' ' || ${word(STACK_NOUNS, sql`g / ${num(STACK_ADJECTIVES.length)}`)} || ' ' || g,
           '', g % ${num(EVERY_NTH.hiddenStack)} = 0, ${suspended(plan, sql.ref('owner_id'))}, created_at, created_at
    from (select g, ${activeUser(plan)} as owner_id, ${past(now)} as created_at
          from generate_series(1, ${num(plan.stacks)}) g offset 0) s`.execute(db);
  return affected(result);
}

/**
 * Each stack draws 2-14 tools, the popular ones far more often (the plan's skew puts the most used tool in
 * about 30% of stacks). The first three came with the stack; each later one was added a few days apart.
 * One row in five came from detection, as a manifest would have it.
 */
export async function loadStackTools({ db, plan, now }: ScaleContext): Promise<number> {
  const result = await sql`
    insert into stack_tools (stack_id, tool_id, position, source, source_path, source_line, detected_at, created_at)
    select stack_id, tool_id, position,
           case when detected then 'detected' else 'manual' end,
           case when detected then 'package.json' end,
           case when detected then position + 2 end,
           case when detected then created_at end,
           created_at
    from (
      select stack_id, tool_id, position, (stack_id + tool_id) % 5 = 0 as detected,
             case when position < ${num(STACK_TOOLS_AT_CREATION)} then stack_created_at
                  else least(stack_created_at + position * interval '4 days', ${at(now)}) end as created_at
      from (
        select stack_id, tool_id, stack_created_at, (row_number() over (partition by stack_id order by draw) - 1)::int as position
        from (
          select stack_id, tool_id, min(draw) as draw, min(stack_created_at) as stack_created_at
          from (
            select s.id as stack_id, s.created_at as stack_created_at, d.draw, ${rank(plan.tools, plan.stackToolSkew)} as tool_id
            from stacks s
            cross join lateral generate_series(1, ${num(STACK_TOOL_MIN)} + (s.id * 7919 % ${num(STACK_TOOL_SPREAD)})::int) d(draw)
            offset 0
          ) draws
          group by stack_id, tool_id
        ) distinct_tools
      ) ordered
    ) rows
    order by stack_id, tool_id`.execute(db);
  return affected(result);
}

/** Pros and cons, more of them on popular tools, each text unique on its tool (it carries its id). */
export async function loadReasons({ db, plan, now }: ScaleContext): Promise<number> {
  const result = await sql`
    insert into reasons (id, tool_id, kind, text, author_id, hidden, author_suspended, created_at, updated_at)
    overriding system value
    select g, tool_id, case when g % 3 = 0 then 'con' else 'pro' end,
           case when g % 3 = 0 then ${word(CON_PHRASES, sql`g / 3`)} else ${word(PRO_PHRASES, sql.ref('g'))} end || ' (#' || g || ')',
           author_id, g % ${num(EVERY_NTH.hiddenReason)} = 0, ${suspended(plan, sql.ref('author_id'))}, created_at, created_at
    from (select g, ${rank(plan.tools, SKEW.reasonTool)} as tool_id, ${activeUser(plan)} as author_id, ${past(now)} as created_at
          from generate_series(1, ${num(plan.reasons)}) g offset 0) r`.execute(db);
  return affected(result);
}

/**
 * One vote per person and subject, `count` of them, drawn with `subjects` (a skewed rank over `of` ids):
 * a few subjects draw most votes. Drawn with spares, since a person drawn twice for one subject votes once.
 */
async function loadVotes(
  { db, plan, now }: ScaleContext,
  { table, subject, subjects, count }: { table: 'reason_votes' | 'decision_votes'; subject: 'reason_id' | 'decision_id'; subjects: RawBuilder<unknown>; count: number },
): Promise<number> {
  const result = await sql`
    insert into ${sql.table(table)} (${sql.ref(subject)}, user_id, created_at)
    select subject, user_id, ${past(now)}
    from (
      select subject, user_id
      from (select ${subjects} as subject, ${activeUser(plan)} as user_id
            from generate_series(1, ${num(Math.ceil(count * OVERDRAW))}) offset 0) draws
      group by subject, user_id
      limit ${num(count)}
    ) votes
    -- In key order, so the primary key grows at its end instead of splitting pages all over.
    order by subject, user_id`.execute(db);
  return affected(result);
}

/** One vote per person and reason; a few reasons draw most votes. */
export function loadReasonVotes(context: ScaleContext): Promise<number> {
  const { plan } = context;
  return loadVotes(context, { table: 'reason_votes', subject: 'reason_id', subjects: permuted(rank(plan.reasons, SKEW.votedReason), plan.reasons), count: plan.reasonVotes });
}

/**
 * Decisions: every other one written within a stack by its owner, the others on their own. Plain text,
 * so the stored HTML is what renderMarkdown() makes of it: one paragraph.
 */
export async function loadDecisions({ db, plan, now }: ScaleContext): Promise<number> {
  const result = await sql`
    insert into decisions (id, author_id, stack_id, body, html, hidden, author_suspended, created_at, updated_at)
    overriding system value
    select id, author_id, stack_id, body, '<p>' || body || '</p>' || chr(10), id % ${num(EVERY_NTH.hiddenDecision)} = 0,
           ${suspended(plan, sql.ref('author_id'))}, created_at, created_at
    from (
      select d.id, coalesce(s.owner_id, d.author_id) as author_id, d.stack_id, d.created_at,
             'Decision ' || d.id || ': we compared these tools for a few weeks and chose the one that fit how our team builds, tests and ships.' as body
      from (select g as id, case when g % 2 = 1 then 1 + floor(random() * ${num(plan.stacks)})::bigint end as stack_id,
                   ${activeUser(plan)} as author_id, ${past(now)} as created_at
            from generate_series(1, ${num(plan.decisions)}) g offset 0) d
      left join stacks s on s.id = d.stack_id
    ) decided`.execute(db);
  return affected(result);
}

/** The tools a decision is about: one to four, popular ones more often. */
export async function loadDecisionTools({ db, plan }: ScaleContext): Promise<number> {
  const result = await sql`
    insert into decision_tools (decision_id, tool_id)
    select distinct decision_id, tool_id
    from (select d.id as decision_id, ${rank(plan.tools, SKEW.decisionTool)} as tool_id
          from decisions d cross join lateral generate_series(1, 1 + (d.id % 4)::int) n offset 0) draws`.execute(db);
  return affected(result);
}

/** One vote per person and decision; a few decisions draw most votes. */
export function loadDecisionVotes(context: ScaleContext): Promise<number> {
  const { plan } = context;
  return loadVotes(context, {
    table: 'decision_votes',
    subject: 'decision_id',
    subjects: permuted(rank(plan.decisions, SKEW.votedDecision), plan.decisions),
    count: plan.decisionVotes,
  });
}

/** Where each kind of follow starts among the ids: tools first (their events are the tool.followed ones), then stacks, then people. */
export function followIdBlocks(plan: ScalePlan) {
  const { tool, stack, user } = plan.follows;
  return { tool: 0, stack: tool, user: tool + stack, reader: tool + stack + user };
}

/**
 * One kind of follow: followers drawn by activity, targets by popularity, a pair at most once. The ids of
 * the kind start after `firstId`; returns how many were written (duplicates may leave a few short).
 */
async function loadFollowsOf(
  { db, plan, now }: ScaleContext,
  kind: 'tool' | 'stack' | 'user',
  firstId: number,
): Promise<number> {
  const wanted = plan.follows[kind];
  if (wanted === 0) return 0;
  const column = { tool: 'tool_id', stack: 'stack_id', user: 'followee_id' }[kind];
  const target = {
    tool: rank(plan.tools, plan.stackToolSkew),
    stack: permuted(rank(plan.stacks, SKEW.followedStack), plan.stacks),
    user: permuted(rank(plan.users, SKEW.followedUser), plan.users),
  }[kind];
  const result = await sql`
    insert into follows (id, user_id, target_type, ${sql.raw(column)}, created_at)
    overriding system value
    select ${num(firstId)} + row_number() over (), user_id, ${kind}, target_id, ${past(now)}
    from (
      select user_id, target_id
      from (select ${activeUser(plan)} as user_id, ${target} as target_id
            from generate_series(1, ${num(Math.ceil(wanted * OVERDRAW))}) offset 0) draws
      where ${kind === 'user' ? sql`user_id <> target_id` : sql`true`}
      group by user_id, target_id
      limit ${num(wanted)}
    ) pairs`.execute(db);
  return affected(result);
}

export const loadToolFollows = (context: ScaleContext) => loadFollowsOf(context, 'tool', followIdBlocks(context.plan).tool);
export const loadStackFollows = (context: ScaleContext) => loadFollowsOf(context, 'stack', followIdBlocks(context.plan).stack);
export const loadUserFollows = (context: ScaleContext) => loadFollowsOf(context, 'user', followIdBlocks(context.plan).user);

/** How many of each the feed's reader follows: as many people and stacks as there are up to 60 each, tools for the rest. */
export function benchFollowerTargets(plan: ScalePlan) {
  const user = Math.min(60, plan.users);
  const stack = Math.min(60, plan.stacks);
  return { user, stack, tool: BENCH_FOLLOWER_TARGETS - user - stack };
}

/** The feed's reader follows the most popular people, stacks and tools: the busiest feed there is. */
export async function loadBenchFollowerFollows({ db, plan, now }: ScaleContext): Promise<number> {
  const targets = benchFollowerTargets(plan);
  if (targets.tool > plan.tools) throw new Error(`The feed's reader needs ${targets.tool} tools to follow; there are ${plan.tools}`);
  const follower = num(plan.users + 1);
  const result = await sql`
    insert into follows (id, user_id, target_type, tool_id, stack_id, followee_id, created_at)
    overriding system value
    select ${num(followIdBlocks(plan).reader)} + row_number() over (), ${follower}, target_type, tool_id, stack_id, followee_id,
           ${at(now)} - interval '20 days'
    from (
      select 'tool' as target_type, r as tool_id, null::bigint as stack_id, null::bigint as followee_id
      from generate_series(1, ${num(targets.tool)}) r
      union all
      select 'stack', null, ${permuted(sql`r::bigint`, plan.stacks)}, null from generate_series(1, ${num(targets.stack)}) r
      union all
      select 'user', null, null, ${permuted(sql`r::bigint`, plan.users)} from generate_series(1, ${num(targets.user)}) r
    ) targets`.execute(db);
  return affected(result);
}

/** Where each kind of event starts among the ids, so an event's id follows from what it records. */
export async function eventIdBlocks(db: Kysely<Database>, plan: ScalePlan) {
  const { rows } = await sql<{ added: number }>`
    select count(*)::int as added from stack_tools where position >= ${num(STACK_TOOLS_AT_CREATION)}`.execute(db);
  const added = rows[0]!.added;
  const stackCreated = 0;
  const decisionPosted = stackCreated + plan.stacks;
  const reasonAdded = decisionPosted + plan.decisions;
  const toolsAdded = reasonAdded + plan.reasons;
  const toolFollowed = toolsAdded + added;
  // tool.followed fills the events up to the plan's number, from the tool follows (the first ids).
  const toolFollowedCount = Math.max(0, Math.min(plan.events - toolFollowed, plan.follows.tool));
  return { stackCreated, decisionPosted, reasonAdded, toolsAdded, toolFollowed, toolFollowedCount };
}

type EventBlocks = Awaited<ReturnType<typeof eventIdBlocks>>;

/** One stack.created per stack, with the tools it came with. Returns the event_tools rows written. */
export async function loadStackCreatedEvents({ db }: ScaleContext, blocks: EventBlocks): Promise<number> {
  const result = await sql`
    with written as (
      insert into events (id, actor_id, verb, stack_id, visible, created_at)
      overriding system value
      select ${num(blocks.stackCreated)} + s.id, s.owner_id, 'stack.created', s.id, s.visible, s.created_at from stacks s
    )
    insert into event_tools (event_id, tool_id, created_at, visible)
    select ${num(blocks.stackCreated)} + s.id, st.tool_id, s.created_at, s.visible
    from stack_tools st join stacks s on s.id = st.stack_id
    where st.position < ${num(STACK_TOOLS_AT_CREATION)}`.execute(db);
  return affected(result);
}

/** One stack.tools_added per tool added after its stack was created. */
export async function loadToolsAddedEvents({ db }: ScaleContext, blocks: EventBlocks): Promise<number> {
  const result = await sql`
    with added as materialized (
      select ${num(blocks.toolsAdded)} + row_number() over (order by st.stack_id, st.position) as id,
             s.owner_id, st.stack_id, st.tool_id, st.created_at, s.visible
      from stack_tools st join stacks s on s.id = st.stack_id
      where st.position >= ${num(STACK_TOOLS_AT_CREATION)}
    ),
    written as (
      insert into events (id, actor_id, verb, stack_id, visible, created_at)
      overriding system value
      select id, owner_id, 'stack.tools_added', stack_id, visible, created_at from added
    )
    insert into event_tools (event_id, tool_id, created_at, visible)
    select id, tool_id, created_at, visible from added`.execute(db);
  return affected(result);
}

/** One reason.added per pro or con, about its tool. */
export async function loadReasonAddedEvents({ db }: ScaleContext, blocks: EventBlocks): Promise<number> {
  const result = await sql`
    with written as (
      insert into events (id, actor_id, verb, reason_id, tool_id, payload, visible, created_at)
      overriding system value
      select ${num(blocks.reasonAdded)} + r.id, r.author_id, 'reason.added', r.id, r.tool_id, jsonb_build_object('kind', r.kind),
             r.visible, r.created_at
      from reasons r
    )
    insert into event_tools (event_id, tool_id, created_at, visible)
    select ${num(blocks.reasonAdded)} + r.id, r.tool_id, r.created_at, r.visible from reasons r`.execute(db);
  return affected(result);
}

/** One decision.posted per decision, with the tools it is about; hidden with its stack too. */
export async function loadDecisionPostedEvents({ db }: ScaleContext, blocks: EventBlocks): Promise<number> {
  const result = await sql`
    with posted as materialized (
      select ${num(blocks.decisionPosted)} + d.id as id, d.id as decision_id, d.author_id, d.stack_id, d.created_at,
             d.visible and coalesce(s.visible, true) as visible
      from decisions d left join stacks s on s.id = d.stack_id
    ),
    written as (
      insert into events (id, actor_id, verb, decision_id, stack_id, visible, created_at)
      overriding system value
      select id, author_id, 'decision.posted', decision_id, stack_id, visible, created_at from posted
    )
    insert into event_tools (event_id, tool_id, created_at, visible)
    select p.id, dt.tool_id, p.created_at, p.visible from posted p join decision_tools dt on dt.decision_id = p.decision_id`.execute(db);
  return affected(result);
}

/** tool.followed for the first tool follows, as many as fill the plan's events. */
export async function loadToolFollowedEvents({ db, plan }: ScaleContext, blocks: EventBlocks): Promise<number> {
  const result = await sql`
    with followed as materialized (
      select ${num(blocks.toolFollowed)} + f.id as id, f.user_id, f.tool_id, f.created_at, not ${suspended(plan, sql.ref('f.user_id'))} as visible
      from follows f
      where f.id <= ${num(blocks.toolFollowedCount)} and f.target_type = 'tool'
    ),
    written as (
      insert into events (id, actor_id, verb, tool_id, visible, created_at)
      overriding system value
      select id, user_id, 'tool.followed', tool_id, visible, created_at from followed
    )
    insert into event_tools (event_id, tool_id, created_at, visible)
    select id, tool_id, created_at, visible from followed`.execute(db);
  return affected(result);
}
