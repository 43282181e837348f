import { POPULAR_USERS_MAX } from '@stackyard/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { jsonBody } from '../../testing/accounts.js';
import { buildStack, buildUser } from '../../testing/factories.js';
import { startTestServer, type TestServer } from '../../testing/test-server.js';

describe('GET /api/v1/users/popular', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(() => server.stop());

  /** Puts a person far above the demo community: the cached count is what the ranking reads. */
  const setFollowers = (id: number, followers: number) =>
    server.database.db.updateTable('users').set({ followers_count: followers }).where('id', '=', id).execute();

  it('ranks by followers, then by stacks anyone may see; leaves out the suspended and the viewer; says whom the viewer follows', async () => {
    const { db } = server.database;
    const star = await buildUser(db, { username: 'popular_star' });
    const builder = await buildUser(db, { username: 'popular_builder' });
    const idle = await buildUser(db, { username: 'popular_idle' });
    const banned = await buildUser(db, { username: 'popular_banned' });
    const viewer = await buildUser(db, { username: 'popular_viewer' });
    await setFollowers(star.id, 3_000_000);
    await setFollowers(viewer.id, 2_500_000);
    await setFollowers(builder.id, 2_000_000);
    await setFollowers(idle.id, 2_000_000);
    await setFollowers(banned.id, 4_000_000);
    await buildStack(db, builder, { name: 'One' });
    await buildStack(db, builder, { name: 'Two' });
    const moderator = await buildUser(db, { role: 'moderator' });
    await server.as(moderator).moderation.act({ body: { action: 'suspend', subjectType: 'user', subjectId: banned.id } });
    await server.as(viewer).users.follow({ params: { username: 'popular_builder' } });

    const signedOut = await server.client.users.popular({ query: { limit: 4 } });
    expect(signedOut.items.map((user) => user.username)).toEqual(['popular_star', 'popular_viewer', 'popular_builder', 'popular_idle']);
    expect(signedOut.items.every((user) => user.viewerFollowing === null)).toBe(true);
    expect(signedOut.items[2]).toMatchObject({ followers: 2_000_001, stacks: 2 });

    const seen = await server.as(viewer).users.popular({ query: { limit: 3 } });
    expect(seen.items.map((user) => [user.username, user.viewerFollowing])).toEqual([
      ['popular_star', false],
      ['popular_builder', true],
      ['popular_idle', false],
    ]);
  });

  it(`gives ${POPULAR_USERS_MAX} by default and refuses more`, async () => {
    expect((await server.client.users.popular({ query: {} })).items).toHaveLength(POPULAR_USERS_MAX);
    await expect(server.client.users.popular({ query: { limit: POPULAR_USERS_MAX + 1 } })).rejects.toMatchObject({ status: 400 });
    await expect(server.client.users.popular({ query: { limit: 0 } })).rejects.toMatchObject({ status: 400 });
  });

  it('is not the profile of a person named "popular": the name is reserved', async () => {
    const response = await server.request('/api/v1/auth/signup', jsonBody('POST', { username: 'popular', email: 'popular@example.org', password: 'a long enough secret phrase' }));
    expect(response.status).toBe(400);
  });
});
