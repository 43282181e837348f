import { randomBytes } from 'node:crypto';
import { sql, type Kysely } from 'kysely';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findCounterDrift } from '../counters.js';
import { createDatabase, type DatabaseHandle } from '../database.js';
import { renderMarkdown } from '../markdown/render-markdown.js';
import type { Database } from '../schema.js';
import { testServerUrl, urlForDatabase, withServer } from '../testing/index.js';
import {
  BENCH_FOLLOWER,
  BENCH_FOLLOWER_TARGETS,
  BENCH_PASSWORD,
  BENCH_USER,
  SCALE_ONE,
  createScaleDatabase,
  loadScaleData,
  readScaleDataMark,
  scaleDataMatches,
  type ScaleDataMark,
  type ScaleStep,
} from './index.js';

/** Small enough for a test, large enough for the skew to show: 500 people, 250 stacks, 50k follows, 10k events. */
const SCALE = 0.005;

async function one<T>(db: Kysely<Database>, query: ReturnType<typeof sql<T>>): Promise<T> {
  const { rows } = await query.execute(db);
  return rows[0]!;
}

/** PostgreSQL only: the load turns foreign-key triggers off (session_replication_role) and comments on its database. */
describe('the scale dataset', () => {
  const name = `stackyard_scale_${process.pid}_${randomBytes(4).toString('hex')}`;
  const url = urlForDatabase(testServerUrl(), name);
  let database: DatabaseHandle;
  let db: Kysely<Database>;
  let mark: ScaleDataMark;
  const steps: ScaleStep[] = [];

  beforeAll(async () => {
    await createScaleDatabase(url);
    database = createDatabase({ url, poolSize: 3 });
    db = database.db;
    mark = await loadScaleData(db, { scale: SCALE, progress: (step) => steps.push(step) });
  });
  afterAll(async () => {
    await database?.close();
    await withServer((client) => client.query(`drop database if exists ${name} with (force)`));
  });

  it('writes each table in proportion to the scale, and says so on the database', async () => {
    const expected = (base: number) => Math.round(base * SCALE);
    expect(mark.rows.users).toBe(expected(SCALE_ONE.users) + 1);
    expect(mark.rows.stacks).toBe(expected(SCALE_ONE.stacks));
    expect(mark.rows.reasons).toBe(expected(SCALE_ONE.reasons));
    expect(mark.rows.decisions).toBe(expected(SCALE_ONE.decisions));
    expect(mark.rows.events).toBe(expected(SCALE_ONE.events));
    // Pairs drawn twice are kept once, so these may fall a little short, never over.
    for (const [table, base, extra] of [
      ['reason_votes', SCALE_ONE.reasonVotes, 0],
      ['decision_votes', SCALE_ONE.decisionVotes, 0],
      ['follows', SCALE_ONE.follows, BENCH_FOLLOWER_TARGETS],
    ] as const) {
      expect(mark.rows[table], table).toBeGreaterThan(expected(base) * 0.9);
      expect(mark.rows[table], table).toBeLessThanOrEqual(expected(base) + extra);
    }
    // The catalogue is larger than the tools this scale asks for, so it is all there is.
    expect(mark.rows.tools).toBeGreaterThan(1000);
    expect(mark.rows.stack_tools / mark.rows.stacks).toBeGreaterThan(6);
    expect(mark.rows.event_tools).toBeGreaterThan(mark.rows.events);

    expect(await readScaleDataMark(db)).toEqual(mark);
    expect(mark).toMatchObject({ status: 'loaded', scale: SCALE });
    expect(scaleDataMatches(mark, SCALE)).toBe(true);
    expect(scaleDataMatches(mark, 1)).toBe(false);
    expect(steps.map((step) => step.name)).toEqual(expect.arrayContaining(['users', 'stack_tools', 'follows (tools)', 'indexes']));
  });

  it('skews popularity: the most used tool is in about 30% of stacks, and a long tail is in five or fewer', async () => {
    const { top, tail, tools, stacks } = await one(
      db,
      sql<{ top: number; tail: number; tools: number; stacks: number }>`
        select (select max(stacks_count) from tools)::int as top,
               (select count(*) from tools where stacks_count <= 5)::int as tail,
               (select count(*) from tools)::int as tools,
               (select count(*) from stacks)::int as stacks`,
    );
    expect(top / stacks).toBeGreaterThan(0.2);
    expect(top / stacks).toBeLessThan(0.42);
    expect(tail / tools).toBeGreaterThan(0.3);

    // Votes and followers are skewed the same way: the first few take far more than an even share.
    const { hottest, votes, reasons } = await one(
      db,
      sql<{ hottest: number; votes: number; reasons: number }>`
        select (select max(votes_count) from reasons)::int as hottest, (select count(*) from reason_votes)::int as votes,
               (select count(*) from reasons)::int as reasons`,
    );
    expect(hottest).toBeGreaterThan((votes / reasons) * 20);
    const { followed, people } = await one(
      db,
      sql<{ followed: number; people: number }>`
        select (select max(followers_count) from users)::int as followed, (select count(*) from users)::int as people`,
    );
    expect(followed).toBeGreaterThan(people * 0.2);
  });

  it('has a reader who follows exactly 200 targets, tools, stacks and people, and a person to sign in as', async () => {
    const follows = await db
      .selectFrom('follows')
      .innerJoin('users', 'users.id', 'follows.user_id')
      .where('users.username', '=', BENCH_FOLLOWER)
      .select(['follows.target_type', (eb) => eb.fn.countAll<number>().as('count')])
      .groupBy('follows.target_type')
      .execute();
    const byType = Object.fromEntries(follows.map((row) => [row.target_type, Number(row.count)]));
    expect(byType.tool! + byType.stack! + byType.user!).toBe(BENCH_FOLLOWER_TARGETS);
    expect(Math.min(byType.tool!, byType.stack!, byType.user!)).toBeGreaterThan(20);

    const people = await db
      .selectFrom('users')
      .select(['username', 'password_hash', 'suspended_at'])
      .where('username', 'in', [BENCH_USER, BENCH_FOLLOWER])
      .execute();
    expect(people).toHaveLength(2);
    for (const person of people) {
      expect(person.password_hash).toMatch(/^\$argon2id\$/);
      expect(person.suspended_at).toBeNull();
    }
    expect(BENCH_PASSWORD.length).toBeGreaterThan(8);
  });

  it('keeps every counter equal to its count, and every stored visibility to what it is derived from', async () => {
    expect(await findCounterDrift(db)).toEqual([]);
    // The moderated few are there, so the feeds have something to leave out.
    const { hidden, suspended } = await one(
      db,
      sql<{ hidden: number; suspended: number }>`
        select (select count(*) from events where not visible)::int as hidden,
               (select count(*) from users where suspended_at is not null)::int as suspended`,
    );
    expect(hidden).toBeGreaterThan(0);
    expect(suspended).toBeGreaterThan(0);
  });

  it('writes only rows whose references exist (the foreign keys were not checked during the load)', async () => {
    const { rows: keys } = await sql<{ child: string; column: string; parent: string; parent_column: string }>`
      select c.conrelid::regclass::text as child, a.attname as "column", c.confrelid::regclass::text as parent,
             p.attname as parent_column
      from pg_constraint c
      join pg_attribute a on a.attrelid = c.conrelid and a.attnum = c.conkey[1]
      join pg_attribute p on p.attrelid = c.confrelid and p.attnum = c.confkey[1]
      where c.contype = 'f' and cardinality(c.conkey) = 1 and c.connamespace = current_schema()::regnamespace`.execute(db);
    expect(keys.length).toBeGreaterThan(20);
    const broken: string[] = [];
    for (const key of keys) {
      const { count } = await one(
        db,
        sql<{ count: number }>`
          select count(*)::int as count from ${sql.table(key.child)} c
          where c.${sql.ref(key.column)} is not null
            and not exists (select 1 from ${sql.table(key.parent)} p where p.${sql.ref(key.parent_column)} = c.${sql.ref(key.column)})`,
      );
      if (count > 0) broken.push(`${key.child}.${key.column}: ${count}`);
    }
    expect(broken).toEqual([]);
  });

  it("stores each decision's HTML as the renderer makes it", async () => {
    const decisions = await db.selectFrom('decisions').select(['body', 'html']).orderBy('id').limit(5).execute();
    expect(decisions).toHaveLength(5);
    for (const decision of decisions) expect(decision.html).toBe(renderMarkdown(decision.body));
  });

  it('takes new rows afterwards: every identity sequence is past the loaded ids', async () => {
    const user = await db
      .insertInto('users')
      .values({ username: 'after-the-load', email: 'after@bench.example' })
      .returning('id')
      .executeTakeFirstOrThrow();
    const stack = await db
      .insertInto('stacks')
      .values({ owner_id: user.id, slug: 'after', name: 'After the load', description: '' })
      .returning('id')
      .executeTakeFirstOrThrow();
    const follow = await db
      .insertInto('follows')
      .values({ user_id: user.id, target_type: 'stack', stack_id: stack.id })
      .returning('id')
      .executeTakeFirstOrThrow();
    const event = await db
      .insertInto('events')
      .values({ actor_id: user.id, verb: 'stack.created', stack_id: stack.id })
      .returning('id')
      .executeTakeFirstOrThrow();
    const reason = await db
      .insertInto('reasons')
      .values({ tool_id: 1, kind: 'pro', text: 'Written after the load', author_id: user.id })
      .returning('id')
      .executeTakeFirstOrThrow();
    expect(user.id).toBe(mark.rows.users + 1);
    expect(stack.id).toBe(mark.rows.stacks + 1);
    expect(follow.id).toBeGreaterThan(mark.rows.follows);
    expect(event.id).toBeGreaterThan(mark.rows.events);
    expect(reason.id).toBe(mark.rows.reasons + 1);
  });

  it('refuses the embedded database, and never drops a database that holds data of its own', async () => {
    const embedded = createDatabase({ dataDir: 'memory://' });
    try {
      await expect(loadScaleData(embedded.db, { scale: SCALE })).rejects.toThrow(/PostgreSQL only/);
    } finally {
      await embedded.close();
    }

    const other = `${name}_other`;
    await withServer((client) => client.query(`create database ${other}`));
    try {
      const client = new pg.Client({ connectionString: urlForDatabase(testServerUrl(), other) });
      await client.connect();
      await client.query('create table precious (id int)');
      await client.end();
      await expect(createScaleDatabase(urlForDatabase(testServerUrl(), other))).rejects.toThrow(/not dropped/);
      const { rows } = await withServer((admin) => admin.query(`select 1 from pg_database where datname = $1`, [other]));
      expect(rows).toHaveLength(1);
    } finally {
      await withServer((client) => client.query(`drop database if exists ${other} with (force)`));
    }
  });
});
