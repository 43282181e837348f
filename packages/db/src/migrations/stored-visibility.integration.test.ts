import { sql, type Kysely } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findCounterDrift } from '../counters.js';
import type { DatabaseHandle } from '../database.js';
import { migrateTo, migrateToLatest } from '../migrator.js';
import type { Database } from '../schema.js';
import { createEmptyTestDatabase } from '../testing/index.js';

const BEFORE = '20261125000200_event_visibility';

/** One row of each kind, by an active member and by a suspended one, some hidden: the state the backfill reads. */
async function writeTodaysState(db: Kysely<Database>): Promise<void> {
  await sql`insert into layers (slug, name) values ('l', 'L')`.execute(db);
  await sql`insert into categories (layer_id, slug, name) select id, 'c', 'C' from layers`.execute(db);
  await sql`insert into functions (category_id, slug, name) select id, 'f', 'F' from categories`.execute(db);
  await sql`insert into tools (slug, name, function_id) select 't', 'T', id from functions`.execute(db);
  await sql`insert into users (username, email, suspended_at) values ('active', 'a@example.com', null), ('banned', 'b@example.com', now())`.execute(db);
  await sql`insert into stacks (owner_id, slug, name, hidden)
            select u.id, s.slug, s.slug, s.hidden from users u
            join (values ('active', 'open', false), ('active', 'shut', true), ('banned', 'theirs', false)) s(owner, slug, hidden) on s.owner = u.username`.execute(db);
  await sql`insert into reasons (tool_id, kind, text, author_id, hidden)
            select t.id, 'pro', r.text, u.id, r.hidden from tools t cross join users u
            join (values ('active', 'Shown pro', false), ('active', 'Hidden pro', true), ('banned', 'Banned pro', false)) r(author, text, hidden) on r.author = u.username`.execute(db);
  await sql`insert into decisions (author_id, stack_id, body, hidden)
            select u.id, s.id, d.body, d.hidden from users u
            join (values ('active', 'open', 'A decision anyone may read.', false), ('active', 'shut', 'A decision in a hidden stack.', false),
                         ('active', null, 'A decision a moderator hid.', true), ('banned', 'theirs', 'A decision by a suspended member.', false))
              d(author, stack, body, hidden) on d.author = u.username
            left join stacks s on s.owner_id = u.id and s.slug = d.stack`.execute(db);
  await sql`insert into events (actor_id, verb, stack_id) select owner_id, 'stack.created', id from stacks`.execute(db);
  await sql`insert into events (actor_id, verb, reason_id, tool_id) select author_id, 'reason.added', id, tool_id from reasons`.execute(db);
  await sql`insert into events (actor_id, verb, decision_id, stack_id) select author_id, 'decision.posted', id, stack_id from decisions`.execute(db);
  await sql`insert into events (actor_id, verb, tool_id) select u.id, 'tool.followed', t.id from users u cross join tools t`.execute(db);
  await sql`insert into event_tools (event_id, tool_id, created_at) select e.id, t.id, e.created_at from events e cross join tools t`.execute(db);
}

/** What each event is about, and whether the database says it may be shown (old function or new column). */
async function eventVisibility(db: Kysely<Database>, column: 'function' | 'column') {
  const shown =
    column === 'function' ? sql`event_is_visible(e.actor_id, e.stack_id, e.decision_id, e.reason_id)` : sql`e.visible`;
  const { rows } = await sql<{ about: string; shown: boolean }>`
    select e.verb || ' ' || coalesce(s.slug, r.text, d.body, u.username) as about, ${shown} as shown
    from events e join users u on u.id = e.actor_id
    left join reasons r on r.id = e.reason_id left join decisions d on d.id = e.decision_id
    left join stacks s on s.id = e.stack_id and e.verb = 'stack.created'
    order by 1`.execute(db);
  return Object.fromEntries(rows.map((row) => [row.about, row.shown]));
}

describe('the stored visibility migration', () => {
  let handle: DatabaseHandle;
  beforeAll(async () => {
    handle = await createEmptyTestDatabase();
    await migrateTo(handle.db, BEFORE);
    await writeTodaysState(handle.db);
  });
  afterAll(() => handle.close());

  it('derives every flag from who is suspended and what is hidden, and goes down and up again', async () => {
    const db = handle.db;
    const before = await eventVisibility(db, 'function');
    await migrateToLatest(db);

    const flags = async (table: 'stacks' | 'reasons' | 'decisions', label: string) => {
      const { rows } = await sql<{ label: string; hidden: boolean; author_suspended: boolean; visible: boolean }>`
        select ${sql.raw(label)} as label, hidden, author_suspended, visible from ${sql.table(table)} order by 1`.execute(db);
      return rows.map((row) => `${row.label}: ${row.hidden ? 'hidden' : '-'} ${row.author_suspended ? 'suspended' : '-'} ${row.visible ? 'visible' : '-'}`);
    };
    expect(await flags('stacks', 'slug')).toEqual(['open: - - visible', 'shut: hidden - -', 'theirs: - suspended -']);
    expect(await flags('reasons', 'text')).toEqual(['Banned pro: - suspended -', 'Hidden pro: hidden - -', 'Shown pro: - - visible']);
    expect(await flags('decisions', 'body')).toEqual([
      'A decision a moderator hid.: hidden - -',
      'A decision anyone may read.: - - visible',
      'A decision by a suspended member.: - suspended -',
      'A decision in a hidden stack.: - - visible',
    ]);

    // Each event as event_is_visible() saw it; event_tools repeats it.
    const after = await eventVisibility(db, 'column');
    expect(after).toEqual(before);
    expect(Object.values(after).filter(Boolean)).toHaveLength(4);
    const { rows: mismatched } = await sql`select 1 from event_tools et join events e on e.id = et.event_id where et.visible <> e.visible`.execute(db);
    expect(mismatched).toEqual([]);
    expect(await findCounterDrift(db)).toEqual([]);

    await migrateTo(db, BEFORE);
    expect(await eventVisibility(db, 'function')).toEqual(before);
    await migrateToLatest(db);
    expect(await eventVisibility(db, 'column')).toEqual(before);
  });
});
