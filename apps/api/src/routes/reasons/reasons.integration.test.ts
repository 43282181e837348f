import { findCounterDrift, type UserRow } from '@stackyard/db';
import type { createReasonRequestSchema } from '@stackyard/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { jsonBody } from '../../testing/accounts.js';
import { buildReason, buildUser } from '../../testing/factories.js';
import { startTestServer, type TestServer } from '../../testing/test-server.js';

describe('pros, cons and votes', () => {
  let server: TestServer;
  let ada: UserRow;
  let bob: UserRow;

  beforeAll(async () => {
    server = await startTestServer();
    ada = await buildUser(server.database.db);
    bob = await buildUser(server.database.db);
  });
  afterAll(() => server.stop());

  const counters = (id: number) =>
    server.database.db
      .selectFrom('reasons as r')
      .innerJoin('tools as t', 't.id', 'r.tool_id')
      .select(['r.votes_count as reason', 't.votes_count as tool'])
      .where('r.id', '=', id)
      .executeTakeFirstOrThrow();

  it('adds a pro with its author’s vote, the text trimmed and its spaces collapsed', async () => {
    const { reason } = await server.as(ada).tools.addReason({ params: { slug: 'caddy' }, body: { kind: 'pro', text: '   Automatic    HTTPS\tout of the box  ' } });
    expect(reason).toMatchObject({ kind: 'pro', text: 'Automatic HTTPS out of the box', votes: 1 });
    expect(await findCounterDrift(server.database.db)).toEqual([]);
  });

  it('answers the same text in another case with 409 and the existing reason', async () => {
    const first = await buildReason(server.database.db, ada, 'caddy', { kind: 'con', text: 'Smaller plugin ecosystem' });
    await expect(server.as(bob).tools.addReason({ params: { slug: 'caddy' }, body: { kind: 'con', text: 'SMALLER   plugin ecosystem' } })).rejects.toMatchObject({
      status: 409,
      details: { reason: { id: first.id, text: 'Smaller plugin ecosystem' } },
    });
  });

  it.each<[string, z.input<typeof createReasonRequestSchema>, number]>([
    ['too short', { kind: 'pro', text: ' ab ' }, 400],
    ['too long', { kind: 'pro', text: 'x'.repeat(141) }, 400],
    ['a 1 MB text', { kind: 'pro', text: 'x'.repeat(1024 * 1024) }, 413],
  ])('refuses %s', async (_label, body, status) => {
    await expect(server.as(ada).tools.addReason({ params: { slug: 'caddy' }, body })).rejects.toMatchObject({
      status,
      code: status === 413 ? 'payload_too_large' : 'validation_failed',
    });
  });

  // Raw: the typed client will not send these.
  it.each([
    ['an unknown kind', { kind: 'meh', text: 'Works well' }, 400],
    ['wrong types', { kind: 1, text: ['Works'] }, 400],
  ])('refuses %s', async (_label, body, status) => {
    const response = await server.request('/api/v1/tools/caddy/reasons', jsonBody('POST', body, { Cookie: await server.cookieFor(ada) }));
    expect(response.status).toBe(status);
    expect(response.body.error).toBeDefined();
  });

  it('needs a signed-in person and a real tool', async () => {
    const body = { kind: 'pro', text: 'Fast enough' } as const;
    await expect(server.client.tools.addReason({ params: { slug: 'caddy' }, body })).rejects.toMatchObject({ status: 401 });
    await expect(server.as(ada).tools.addReason({ params: { slug: 'no-such-tool' }, body })).rejects.toMatchObject({ status: 404 });
  });

  it('sets votes idempotently: the same vote twice counts once, 0 takes it back', async () => {
    const { id } = await buildReason(server.database.db, ada, 'lighttpd', { text: 'Tiny memory footprint' });
    const before = await counters(id);
    const vote = (value: 0 | 1) => server.as(bob).reasons.vote({ params: { id }, body: { value } });

    const first = await vote(1);
    expect(first.reason).toEqual({ id, votes: before.reason + 1, viewerVoted: true });
    const second = await vote(1);
    expect(second.reason).toEqual({ id, votes: before.reason + 1, viewerVoted: true });
    expect(await counters(id)).toEqual({ reason: before.reason + 1, tool: before.tool + 1 });

    const undo = await vote(0);
    expect(undo.reason).toEqual({ id, votes: before.reason, viewerVoted: false });
    expect((await vote(0)).reason.votes).toBe(before.reason);
    expect(await counters(id)).toEqual(before);
    expect(await findCounterDrift(server.database.db)).toEqual([]);
  });

  it('answers 404 for votes on hidden or missing reasons, and 400 for bad values', async () => {
    const hidden = await buildReason(server.database.db, ada, 'jetty', { kind: 'con', text: 'XML configuration' });
    await server.database.db.updateTable('reasons').set({ hidden: true }).where('id', '=', hidden.id).execute();
    const asBob = server.as(bob);
    await expect(asBob.reasons.vote({ params: { id: hidden.id }, body: { value: 1 } })).rejects.toMatchObject({ status: 404 });
    await expect(asBob.reasons.vote({ params: { id: 999_999_999 }, body: { value: 1 } })).rejects.toMatchObject({ status: 404 });
    // Raw: values the typed client will not send.
    const cookie = await server.cookieFor(bob);
    for (const value of [2, -1, '1', true, null]) {
      expect((await server.request('/api/v1/reasons/1/vote', jsonBody('PUT', { value }, { Cookie: cookie }))).status, String(value)).toBe(400);
    }
    await expect(asBob.reasons.vote({ params: { id: 'abc' }, body: { value: 1 } })).rejects.toMatchObject({ status: 400 });
    await expect(server.client.reasons.vote({ params: { id: 1 }, body: { value: 1 } })).rejects.toMatchObject({ status: 401 });
  });

  it('lets the author reword a reason only while nobody else has voted for it', async () => {
    const { id } = await buildReason(server.database.db, ada, 'swoole', { text: 'Coroutines for PHP' });
    const reword = (author: UserRow, text: string) => server.as(author).reasons.edit({ params: { id }, body: { text } });
    await expect(reword(bob, 'Not mine to change')).rejects.toMatchObject({ status: 403 });
    const edited = await reword(ada, 'Coroutines and async I/O for PHP');
    expect(edited.reason.text).toBe('Coroutines and async I/O for PHP');
    await server.as(bob).reasons.vote({ params: { id }, body: { value: 1 } });
    await expect(reword(ada, 'Something else entirely')).rejects.toMatchObject({ status: 409 });
  });
});

describe('following tools', () => {
  let server: TestServer;
  let follower: UserRow;

  beforeAll(async () => {
    server = await startTestServer();
    follower = await buildUser(server.database.db);
  });
  afterAll(() => server.stop());

  const follow = (slug = 'gunicorn') => server.as(follower).tools.follow({ params: { slug } });
  const unfollow = (slug = 'gunicorn') => server.as(follower).tools.unfollow({ params: { slug } });

  it('is idempotent and answers the follower count', async () => {
    const before = (await server.database.db.selectFrom('tools').select('followers_count').where('slug', '=', 'gunicorn').executeTakeFirstOrThrow()).followers_count;
    expect(await follow()).toEqual({ following: true, followers: before + 1 });
    expect(await follow()).toEqual({ following: true, followers: before + 1 });
    expect(await unfollow()).toEqual({ following: false, followers: before });
    expect(await unfollow()).toEqual({ following: false, followers: before });
    expect(await findCounterDrift(server.database.db)).toEqual([]);
  });

  it('records a feed event while the follow lasts', async () => {
    await follow('puma');
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
    await unfollow('puma');
    expect(await events()).toHaveLength(0);
  });

  it('answers 404 for an unknown tool and 401 when signed out', async () => {
    await expect(follow('no-such-tool')).rejects.toMatchObject({ status: 404 });
    await expect(server.client.tools.follow({ params: { slug: 'gunicorn' } })).rejects.toMatchObject({ status: 401 });
  });
});
