import { findCounterDrift } from '@stackyard/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { jsonBody } from '../../testing/accounts.js';
import { createSignedInUsers } from '../../testing/sessions.js';
import { startTestServer, type TestServer } from '../../testing/test-server.js';

describe('pros, cons and votes', () => {
  let server: TestServer;
  let ada: string;
  let bob: string;

  beforeAll(async () => {
    server = await startTestServer();
    [ada, bob] = (await createSignedInUsers(server.database.db, 2, 'reasons')).map((user) => user.cookie) as [string, string];
  });
  afterAll(() => server.stop());

  const post = (cookie: string, slug: string, body: unknown) => server.request(`/api/v1/tools/${slug}/reasons`, jsonBody('POST', body, { Cookie: cookie }));
  const vote = (cookie: string, id: number | string, value: unknown) => server.request(`/api/v1/reasons/${id}/vote`, jsonBody('PUT', { value }, { Cookie: cookie }));
  const counters = (id: number) =>
    server.database.db
      .selectFrom('reasons as r')
      .innerJoin('tools as t', 't.id', 'r.tool_id')
      .select(['r.votes_count as reason', 't.votes_count as tool'])
      .where('r.id', '=', id)
      .executeTakeFirstOrThrow();

  it('adds a pro with its author’s vote, the text trimmed and its spaces collapsed', async () => {
    const { status, body } = await post(ada, 'caddy', { kind: 'pro', text: '   Automatic    HTTPS\tout of the box  ' });
    expect(status).toBe(201);
    expect(body.reason).toMatchObject({ kind: 'pro', text: 'Automatic HTTPS out of the box', votes: 1 });
    expect(await findCounterDrift(server.database.db)).toEqual([]);
  });

  it('answers the same text in another case with 409 and the existing reason', async () => {
    const first = await post(ada, 'caddy', { kind: 'con', text: 'Smaller plugin ecosystem' });
    const again = await post(bob, 'caddy', { kind: 'con', text: 'SMALLER   plugin ecosystem' });
    expect(again.status).toBe(409);
    expect(again.body.error.details.reason).toMatchObject({ id: first.body.reason.id, text: 'Smaller plugin ecosystem' });
  });

  it.each([
    ['too short', { kind: 'pro', text: ' ab ' }, 400],
    ['too long', { kind: 'pro', text: 'x'.repeat(141) }, 400],
    ['an unknown kind', { kind: 'meh', text: 'Works well' }, 400],
    ['wrong types', { kind: 1, text: ['Works'] }, 400],
    ['a 1 MB text', { kind: 'pro', text: 'x'.repeat(1024 * 1024) }, 413],
  ])('refuses %s', async (_label, body, status) => {
    const response = await post(ada, 'caddy', body);
    expect(response.status).toBe(status);
    expect(response.body.error).toBeDefined();
  });

  it('needs a signed-in person and a real tool', async () => {
    expect((await server.request('/api/v1/tools/caddy/reasons', jsonBody('POST', { kind: 'pro', text: 'Fast enough' }))).status).toBe(401);
    expect((await post(ada, 'no-such-tool', { kind: 'pro', text: 'Fast enough' })).status).toBe(404);
  });

  it('sets votes idempotently: the same vote twice counts once, 0 takes it back', async () => {
    const created = await post(ada, 'lighttpd', { kind: 'pro', text: 'Tiny memory footprint' });
    const id: number = created.body.reason.id;
    const before = await counters(id);

    const first = await vote(bob, id, 1);
    expect(first.body.reason).toEqual({ id, votes: before.reason + 1, viewerVoted: true });
    const second = await vote(bob, id, 1);
    expect(second.body.reason).toEqual({ id, votes: before.reason + 1, viewerVoted: true });
    expect(await counters(id)).toEqual({ reason: before.reason + 1, tool: before.tool + 1 });

    const undo = await vote(bob, id, 0);
    expect(undo.body.reason).toEqual({ id, votes: before.reason, viewerVoted: false });
    expect((await vote(bob, id, 0)).body.reason.votes).toBe(before.reason);
    expect(await counters(id)).toEqual(before);
    expect(await findCounterDrift(server.database.db)).toEqual([]);
  });

  it('answers 404 for votes on hidden or missing reasons, and 400 for bad values', async () => {
    const created = await post(ada, 'jetty', { kind: 'con', text: 'XML configuration' });
    await server.database.db.updateTable('reasons').set({ hidden: true }).where('id', '=', created.body.reason.id).execute();
    expect((await vote(bob, created.body.reason.id, 1)).status).toBe(404);
    expect((await vote(bob, 999_999_999, 1)).status).toBe(404);
    for (const value of [2, -1, '1', true, null]) expect((await vote(bob, 1, value)).status, String(value)).toBe(400);
    expect((await vote(bob, 'abc', 1)).status).toBe(400);
    expect((await server.request('/api/v1/reasons/1/vote', jsonBody('PUT', { value: 1 }))).status).toBe(401);
  });

  it('lets the author reword a reason only while nobody else has voted for it', async () => {
    const created = await post(ada, 'swoole', { kind: 'pro', text: 'Coroutines for PHP' });
    const id: number = created.body.reason.id;
    const reword = (cookie: string, text: string) => server.request(`/api/v1/reasons/${id}`, jsonBody('PATCH', { text }, { Cookie: cookie }));
    expect((await reword(bob, 'Not mine to change')).status).toBe(403);
    const edited = await reword(ada, 'Coroutines and async I/O for PHP');
    expect(edited.status).toBe(200);
    expect(edited.body.reason.text).toBe('Coroutines and async I/O for PHP');
    await vote(bob, id, 1);
    expect((await reword(ada, 'Something else entirely')).status).toBe(409);
  });
});

describe('following tools', () => {
  let server: TestServer;
  let cookie: string;

  beforeAll(async () => {
    server = await startTestServer();
    cookie = (await createSignedInUsers(server.database.db, 1, 'follows'))[0]!.cookie;
  });
  afterAll(() => server.stop());

  const follow = (method: 'PUT' | 'DELETE', slug = 'gunicorn') => server.request(`/api/v1/tools/${slug}/follow`, { method, headers: { Cookie: cookie } });

  it('is idempotent and answers the follower count', async () => {
    const before = (await server.database.db.selectFrom('tools').select('followers_count').where('slug', '=', 'gunicorn').executeTakeFirstOrThrow()).followers_count;
    expect((await follow('PUT')).body).toEqual({ following: true, followers: before + 1 });
    expect((await follow('PUT')).body).toEqual({ following: true, followers: before + 1 });
    expect((await follow('DELETE')).body).toEqual({ following: false, followers: before });
    expect((await follow('DELETE')).body).toEqual({ following: false, followers: before });
    expect(await findCounterDrift(server.database.db)).toEqual([]);
  });

  it('records a feed event while the follow lasts', async () => {
    await follow('PUT', 'puma');
    const events = () =>
      server.database.db
        .selectFrom('events as e')
        .innerJoin('tools as t', 't.id', 'e.tool_id')
        .select('e.id')
        .where('e.verb', '=', 'tool.followed')
        .where('t.slug', '=', 'puma')
        .where('e.created_at', '>', new Date(Date.now() - 60_000))
        .execute();
    expect(await events()).toHaveLength(1);
    await follow('DELETE', 'puma');
    expect(await events()).toHaveLength(0);
  });

  it('answers 404 for an unknown tool and 401 when signed out', async () => {
    expect((await follow('PUT', 'no-such-tool')).status).toBe(404);
    expect((await server.request('/api/v1/tools/gunicorn/follow', { method: 'PUT' })).status).toBe(401);
  });
});
