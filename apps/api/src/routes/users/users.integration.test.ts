import { PROFILE_LIST } from '@stackyard/domain';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildDecision, buildStack, buildUser } from '../../testing/factories.js';
import { startTestServer, type TestServer } from '../../testing/test-server.js';

describe('GET /api/v1/users/:username', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(() => server.stop());

  it('counts what a profile page shows: stacks, decisions, and the tools, stacks and people followed', async () => {
    const { db } = server.database;
    const person = await buildUser(db);
    const visibleStack = await buildStack(db, person, { name: 'Shown Stack' });
    const hiddenStack = await buildStack(db, person, { name: 'Hidden Stack' });
    await buildDecision(db, person, { tools: ['nginx'] });
    const hiddenDecision = await buildDecision(db, person, { tools: ['nginx'] });
    const moderator = await buildUser(db, { role: 'moderator' });
    const act = (subjectType: 'stack' | 'decision' | 'user', subjectId: number, action: 'hide' | 'suspend' = 'hide') =>
      server.as(moderator).moderation.act({ body: { action, subjectType, subjectId } });
    await act('stack', hiddenStack.id);
    await act('decision', hiddenDecision.id);

    const follower = server.as(person);
    for (const slug of ['nginx', 'postgresql', 'redis']) await follower.tools.follow({ params: { slug } });
    const someone = await buildUser(db);
    const suspended = await buildUser(db);
    await follower.users.follow({ params: { username: someone.username } });
    await follower.users.follow({ params: { username: suspended.username } });
    await act('user', suspended.id, 'suspend');
    const theirs = await buildStack(db, someone);
    await follower.stacks.follow({ params: { owner: someone.username, slug: theirs.slug } });

    const profile = await server.client.users.get({ params: { username: person.username } });
    expect(profile.user.id).toBe(person.id);
    expect(profile.counts).toEqual({ stacks: 1, decisions: 1, following: { tools: 3, stacks: 1, users: 1 } });
    expect(profile.stacks.map((stack) => stack.slug)).toEqual([visibleStack.slug]);
    expect(profile.decisions).toHaveLength(1);
    expect(profile.following.tools.map((tool) => tool.slug).sort()).toEqual(['nginx', 'postgresql', 'redis']);
    expect(profile.following.users.map((user) => user.username)).toEqual([someone.username]);
    expect(profile.following.stacks).toEqual([{ owner: someone.username, slug: theirs.slug, name: theirs.name }]);

    // Its owner sees their hidden stack and decision, marked, and counted.
    const own = await server.as(person).users.get({ params: { username: person.username } });
    expect(own.counts).toMatchObject({ stacks: 2, decisions: 2 });
    expect(own.stacks.find((stack) => stack.slug === hiddenStack.slug)?.hidden).toBe(true);
  });

  it('bounds its lists and counts them in full', async () => {
    const { db } = server.database;
    const fan = await buildUser(db);
    await sql`insert into follows (user_id, target_type, tool_id)
              select ${fan.id}, 'tool', id from tools order by id limit ${PROFILE_LIST + 7}`.execute(db);
    await sql`update tools set followers_count = followers_count + 1
              where id in (select tool_id from follows where user_id = ${fan.id})`.execute(db);

    const profile = await server.client.users.get({ params: { username: fan.username } });
    expect(profile.following.tools).toHaveLength(PROFILE_LIST);
    expect(profile.counts.following.tools).toBe(PROFILE_LIST + 7);
    expect(profile.counts).toMatchObject({ stacks: 0, decisions: 0, following: { stacks: 0, users: 0 } });
  });

  it('counts a demo member like their lists show them', async () => {
    const { rows } = await sql<{ username: string }>`
      select u.username from users u
      where exists (select 1 from stacks s where s.owner_id = u.id)
        and exists (select 1 from decisions d where d.author_id = u.id)
        and exists (select 1 from follows f where f.user_id = u.id and f.followee_id is not null)
      order by u.id limit 1`.execute(server.database.db);
    const profile = await server.client.users.get({ params: { username: rows[0]!.username } });
    expect(profile.counts.stacks).toBe(profile.stacks.length);
    expect(profile.counts.decisions).toBe(profile.decisions.length);
    expect(profile.counts.following).toEqual({
      tools: profile.following.tools.length,
      stacks: profile.following.stacks.length,
      users: profile.following.users.length,
    });
    expect(profile.counts.stacks).toBeGreaterThan(0);
  });
});
