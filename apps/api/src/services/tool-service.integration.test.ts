import type { DatabaseHandle } from '@stackyard/db';
import { TEST_SEED_NOW, createTestDatabase } from '@stackyard/db/testing';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Viewer } from '../auth/viewer.js';
import { getTool } from './tool-service.js';

const viewer = (id: number, username: string): Viewer => ({ id, username, role: 'member', via: 'session', suspended: false });

describe('a tool page for a signed-in viewer', () => {
  let database: DatabaseHandle;
  let queries = 0;
  /** A demo member who follows Passenger and voted for some of its reasons, with those reasons' ids. */
  let fan: { id: number; username: string; voted: number[] };

  beforeAll(async () => {
    database = await createTestDatabase({
      onQuery: (event) => {
        if (event.level === 'query') queries += 1;
      },
    });
    const { rows } = await sql<{ id: number; username: string; voted: number[] }>`
      select u.id, u.username, array_agg(v.reason_id::int order by v.reason_id) as voted
      from users u
      join follows f on f.user_id = u.id
      join tools t on t.id = f.tool_id and t.slug = 'passenger'
      join reason_votes v on v.user_id = u.id
      join reasons r on r.id = v.reason_id and r.tool_id = t.id
      group by u.id, u.username
      having count(*) >= 2
      order by u.id
      limit 1`.execute(database.db);
    fan = rows[0]!;
  });
  afterAll(() => database.close());

  it('says whether they follow the tool and which of its reasons they voted for, in one more query', async () => {
    expect(fan.voted.length).toBeGreaterThanOrEqual(2);
    queries = 0;
    const tool = await getTool(database.db, 'passenger', viewer(fan.id, fan.username), TEST_SEED_NOW);
    expect(queries).toBe(8);
    expect(tool.viewer).toEqual({ following: true, votedReasonIds: fan.voted });

    const { id } = await database.db
      .insertInto('users')
      .values({ username: 'newcomer', email: 'newcomer@example.com' })
      .returning('id')
      .executeTakeFirstOrThrow();
    expect((await getTool(database.db, 'passenger', viewer(id, 'newcomer'), TEST_SEED_NOW)).viewer).toEqual({
      following: false,
      votedReasonIds: [],
    });
    expect((await getTool(database.db, 'passenger', null, TEST_SEED_NOW)).viewer).toBeNull();
  });

  it('leaves out hidden reasons (and votes for them) and hidden stacks', async () => {
    const before = await getTool(database.db, 'passenger', viewer(fan.id, fan.username), TEST_SEED_NOW);
    const hiddenReason = fan.voted[0]!;
    const hiddenStack = before.stacks[0]!;
    await database.db.updateTable('reasons').set({ hidden: true }).where('id', '=', hiddenReason).execute();
    await sql`update stacks set hidden = true
              where slug = ${hiddenStack.slug}
                and owner_id = (select id from users where username = ${hiddenStack.owner.username})`.execute(database.db);

    const after = await getTool(database.db, 'passenger', viewer(fan.id, fan.username), TEST_SEED_NOW);
    expect([...after.pros, ...after.cons].map((reason) => reason.id)).not.toContain(hiddenReason);
    expect(after.pros.length + after.cons.length).toBe(before.pros.length + before.cons.length - 1);
    expect(after.viewer?.votedReasonIds).toEqual(fan.voted.slice(1));
    expect(after.stacks.map((stack) => `${stack.owner.username}/${stack.slug}`)).not.toContain(
      `${hiddenStack.owner.username}/${hiddenStack.slug}`,
    );
  });
});
