import { sql, type Kysely, type RawBuilder } from 'kysely';
import { afterKey, keysetOrder, newestFirst, pageWindow, type Database, type EventVerb, type PageRequest } from '@stackyard/db';
import type { CursorKey } from '@stackyard/domain';
import { ANYONE, visibleTo } from './visibility.js';

export interface EventKeyRow {
  id: number;
  /** created_at as PostgreSQL's text, which keeps the microseconds a cursor needs. */
  key: string;
}

/**
 * What a feed shows of an event: what anyone may see (its stored visibility, see visibility.ts; feeds show
 * hidden content to nobody, moderators and authors included) and, in someone's followed feed, not their own.
 * `alias` is the events row or, on the per-tool walk, its event_tools row, which repeats the visibility so
 * that each walk's partial index (`where visible`) holds only what may be shown: a page is never short
 * because of what it filtered, and hidden events are never read.
 */
function shown(alias: 'ev' | 'et', viewerId: number | null): RawBuilder<unknown> {
  const visible = visibleTo(ANYONE, 'event', alias);
  return viewerId === null ? visible : sql`${visible} and ev.actor_id <> ${viewerId}`;
}

/** Newest first, in the order of each index the feed walks: events, a tool's events, and their union. */
const newestEvents = newestFirst('ev.created_at', 'ev.id');
const newestToolEvents = newestFirst('et.created_at', 'et.event_id');
const newestOfUnion = newestFirst('c.created_at', 'c.id');

/** The three kinds of followed target: the follows column that names one, and how to walk its events. */
const TARGETS = {
  tool: { followColumn: 'tool_id', keyset: newestToolEvents },
  stack: { followColumn: 'stack_id', keyset: newestEvents },
  person: { followColumn: 'followee_id', keyset: newestEvents },
} as const;
type TargetKind = keyof typeof TARGETS;
const TARGET_KINDS = Object.keys(TARGETS) as TargetKind[];

/**
 * One target's shown events newest first, each as (id, created_at), within `range` (conditions on the walked
 * index's key): the events of a tool through event_tools (whose index holds its key; events is read only for
 * the actor), of a stack or of a person through their own events index.
 */
function targetWalk(kind: TargetKind, target: RawBuilder<unknown>, viewerId: number, range: RawBuilder<unknown>, limit: number): RawBuilder<unknown> {
  const order = keysetOrder(TARGETS[kind].keyset);
  if (kind === 'tool') {
    return sql`select et.event_id as id, et.created_at from event_tools et join events ev on ev.id = et.event_id
        where et.tool_id = ${target} and ${range} and ${shown('et', viewerId)}
        order by ${order} limit ${limit}`;
  }
  const column = sql.raw(kind === 'stack' ? 'ev.stack_id' : 'ev.actor_id');
  return sql`select ev.id, ev.created_at from events ev
      where ${column} = ${target} and ${range} and ${shown('ev', viewerId)}
      order by ${order} limit ${limit}`;
}

/** `(key, id) >= (created_at, id)` of a row of this query, on the walked index's key. */
function atOrAbove(kind: TargetKind, row: string): RawBuilder<unknown> {
  const { key, id } = TARGETS[kind].keyset;
  return sql`(${key}, ${id}) >= (${sql.ref(`${row}.created_at`)}, ${sql.ref(`${row}.id`)})`;
}

/**
 * The newest events about what a user follows, fan-out on read, in two phases so that the cost follows the
 * page and not how busy the followed targets are:
 *
 * 1. `newest`: each followed tool, stack and person's newest shown event after the cursor (one index probe
 *    each). Their union holds distinct shown events, so its fetch-th newest, `bound`, has at least fetch
 *    shown events at or above it: every event of the page is at or above it. (With fewer than fetch of them
 *    there is no bound, and phase 2 is each target's plain top-N: few targets have any events.)
 * 2. Only a target whose newest event is at or above the bound can have more of the page; each of those is
 *    walked again from the cursor down to the bound (at most fetch rows). The rest, most targets, are not
 *    read again.
 *
 * The page is the newest fetch of phase 2's walks (their union de-duplicates an event reached through
 * several targets): an event of the page is some target's, and that target reaches the bound. Compared with
 * a top-N from every target (fetch rows times the targets, merged), it reads one row per target plus about a
 * page.
 */
export async function listFollowedEventKeys(db: Kysely<Database>, viewerId: number, page: PageRequest): Promise<EventKeyRow[]> {
  const { after, fetch } = pageWindow(page);
  const { rows } = await followedEventKeysQuery(viewerId, after, fetch).execute(db);
  return rows.map(({ id, key }) => ({ id, key }));
}

/**
 * The statement behind listFollowedEventKeys, apart so that its plan can be read (EXPLAIN) in tests: the
 * `fetch` newest events strictly after `after` (a page and its one more row).
 */
export function followedEventKeysQuery(viewerId: number, after: CursorKey | null, fetch: number): RawBuilder<EventKeyRow & { created_at: Date }> {
  const followed = (kind: TargetKind) => sql.ref(`f.${TARGETS[kind].followColumn}`);
  const newest = TARGET_KINDS.map(
    (kind) => sql`select ${kind}::text as kind, ${followed(kind)} as target, x.id, x.created_at from follows f
      cross join lateral (${targetWalk(kind, followed(kind), viewerId, afterKey(TARGETS[kind].keyset, after), 1)}) x
      where f.user_id = ${viewerId} and ${followed(kind)} is not null`,
  );
  // From the cursor again (its first row is the target's newest), down to the bound.
  const onward = TARGET_KINDS.map(
    (kind) => sql`select x.id, x.created_at from newest n cross join bound b
      cross join lateral (${targetWalk(kind, sql.ref('n.target'), viewerId, sql`${afterKey(TARGETS[kind].keyset, after)} and ${atOrAbove(kind, 'b')}`, fetch)}) x
      where n.kind = ${kind} and (n.created_at, n.id) >= (b.created_at, b.id)`,
  );
  // No bound (fewer than fetch events in `newest`: few targets have any): each target's plain top-N. Its own
  // branch, so that no walk ever has a bound that holds everything: a range on another row's values is
  // estimated at a fraction of the target's events, which can make a sort of all of them look cheaper than
  // walking the index in order.
  const unbounded = TARGET_KINDS.map(
    (kind) => sql`select x.id, x.created_at from newest n cross join bound b
      cross join lateral (${targetWalk(kind, sql.ref('n.target'), viewerId, afterKey(TARGETS[kind].keyset, after), fetch)}) x
      where n.kind = ${kind} and b.id is null`,
  );
  return sql<EventKeyRow & { created_at: Date }>`
    with newest as materialized (
      ${sql.join(newest, sql` union all `)}
    ),
    bound as (
      select k.created_at, k.id from (select 1) one left join (
        select d.id, d.created_at from (select distinct n.id, n.created_at from newest n) d
        order by ${keysetOrder(newestFirst('d.created_at', 'd.id'))}
        offset ${fetch - 1} limit 1
      ) k on true
    )
    select c.id, c.created_at::text as key, c.created_at from (
      ${sql.join([...onward, ...unbounded], sql` union `)}
    ) c
    order by ${keysetOrder(newestOfUnion)}
    limit ${fetch}`;
}

/** A page of the newest events of the whole site, plus one more row (see paginate). */
export async function listPublicEventKeys(db: Kysely<Database>, page: PageRequest): Promise<EventKeyRow[]> {
  const { after, fetch } = pageWindow(page);
  const { rows } = await sql<EventKeyRow>`
    select ev.id, ev.created_at::text as key from events ev
    where ${afterKey(newestEvents, after)} and ${shown('ev', null)}
    order by ${keysetOrder(newestEvents)}
    limit ${fetch}`.execute(db);
  return rows;
}

/** The newest events that touch one tool (its Atom feed). */
export async function listToolEventKeys(db: Kysely<Database>, toolId: number, limit: number): Promise<EventKeyRow[]> {
  const { rows } = await sql<EventKeyRow>`
    select et.event_id as id, et.created_at::text as key from event_tools et
    where et.tool_id = ${toolId} and ${shown('et', null)}
    order by ${keysetOrder(newestToolEvents)}
    limit ${limit}`.execute(db);
  return rows;
}

/** The newest events by one person (their Atom feed). */
export async function listActorEventKeys(db: Kysely<Database>, actorId: number, limit: number): Promise<EventKeyRow[]> {
  const { rows } = await sql<EventKeyRow>`
    select ev.id, ev.created_at::text as key from events ev
    where ev.actor_id = ${actorId} and ${shown('ev', null)}
    order by ${keysetOrder(newestEvents)}
    limit ${limit}`.execute(db);
  return rows;
}

export interface EventRow {
  id: number;
  verb: EventVerb;
  createdAt: Date;
  actorUsername: string;
  actorDisplayName: string | null;
  actorAvatarUrl: string | null;
  stackSlug: string | null;
  stackName: string | null;
  stackOwner: string | null;
  decisionId: number | null;
  decisionBody: string | null;
  reasonId: number | null;
  reasonKind: 'pro' | 'con' | null;
  reasonText: string | null;
}

/** Everything a page of events shows, in one query whatever the page holds. */
export async function loadEvents(db: Kysely<Database>, ids: number[]): Promise<EventRow[]> {
  if (ids.length === 0) return [];
  return db
    .selectFrom('events as e')
    .innerJoin('users as a', 'a.id', 'e.actor_id')
    .leftJoin('stacks as s', 's.id', 'e.stack_id')
    .leftJoin('users as o', 'o.id', 's.owner_id')
    .leftJoin('decisions as d', 'd.id', 'e.decision_id')
    .leftJoin('reasons as r', 'r.id', 'e.reason_id')
    .select([
      'e.id',
      'e.verb',
      'e.created_at as createdAt',
      'a.username as actorUsername',
      'a.display_name as actorDisplayName',
      'a.avatar_url as actorAvatarUrl',
      's.slug as stackSlug',
      's.name as stackName',
      'o.username as stackOwner',
      'd.id as decisionId',
      'd.body as decisionBody',
      'r.id as reasonId',
      'r.kind as reasonKind',
      'r.text as reasonText',
    ])
    .where('e.id', 'in', ids)
    .execute();
}

export interface EventToolRow {
  eventId: number;
  slug: string;
  name: string;
  logoUrl: string | null;
}

/** The tools of a page of events, in one query. */
export async function loadEventTools(db: Kysely<Database>, ids: number[]): Promise<EventToolRow[]> {
  if (ids.length === 0) return [];
  return db
    .selectFrom('event_tools as et')
    .innerJoin('tools as t', 't.id', 'et.tool_id')
    .select(['et.event_id as eventId', 't.slug', 't.name', 't.logo_url as logoUrl'])
    .where('et.event_id', 'in', ids)
    .orderBy('t.stacks_count', 'desc')
    .orderBy('t.name')
    .execute();
}

export interface TrendingRow {
  slug: string;
  name: string;
  logoUrl: string | null;
  tagline: string;
  newStacks: number;
  newFollowers: number;
}

/** Tools that gained the most stacks and followers since a date. */
export async function listTrendingTools(db: Kysely<Database>, since: Date, limit: number): Promise<TrendingRow[]> {
  const { rows } = await sql<TrendingRow>`
    select t.slug, t.name, t.logo_url as "logoUrl", t.tagline,
           coalesce(s.n, 0)::int as "newStacks", coalesce(f.n, 0)::int as "newFollowers"
    from (select tool_id, count(*) as n from stack_tools where created_at >= ${since} group by tool_id) s
    full join (select tool_id, count(*) as n from follows where tool_id is not null and created_at >= ${since} group by tool_id) f
      on f.tool_id = s.tool_id
    join tools t on t.id = coalesce(s.tool_id, f.tool_id)
    order by coalesce(s.n, 0) * 2 + coalesce(f.n, 0) desc, t.stacks_count desc, t.id
    limit ${limit}`.execute(db);
  return rows;
}
