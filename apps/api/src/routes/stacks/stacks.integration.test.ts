import { findCounterDrift, type UserRow } from '@stackyard/db';
import type { createStackRequestSchema } from '@stackyard/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { jsonBody } from '../../testing/accounts.js';
import { buildStack, buildUser } from '../../testing/factories.js';
import { startTestServer, type TestServer } from '../../testing/test-server.js';

describe('stacks', () => {
  let server: TestServer;
  let owner: UserRow;
  let other: UserRow;

  beforeAll(async () => {
    server = await startTestServer();
    owner = await buildUser(server.database.db);
    other = await buildUser(server.database.db);
  });
  afterAll(() => server.stop());

  const stacksCount = async (slugs: string[]) => {
    const rows = await server.database.db.selectFrom('tools').select(['slug', 'stacks_count']).where('slug', 'in', slugs).execute();
    return Object.fromEntries(rows.map((row) => [row.slug, row.stacks_count]));
  };
  const stackCount = async () =>
    (await server.database.db.selectFrom('stacks').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n;
  const tools = ['ruby', 'rails', 'passenger', 'postgresql', 'redis'];

  it('creates a stack with five tools, each stacks_count rising by one; removing two and deleting bring them back', async () => {
    const before = await stacksCount(tools);
    const created = await server.as(owner).stacks.create({
      body: { name: 'Acme Billing', description: 'Bills', tools: tools.map((slug) => ({ slug, note: slug === 'passenger' ? 'behind NGINX' : undefined })) },
    });
    expect(created.stack).toEqual({ owner: owner.username, slug: 'acme-billing' });
    const risen = await stacksCount(tools);
    for (const slug of tools) expect(risen[slug], slug).toBe(before[slug]! + 1);

    const params = { owner: owner.username, slug: 'acme-billing' };
    const page = await server.client.stacks.get({ params });
    expect(page.stack.stats.tools).toBe(5);
    // Its id, which a report names it by.
    const row = await server.database.db.selectFrom('stacks').select('id').where('owner_id', '=', owner.id).where('slug', '=', 'acme-billing').executeTakeFirstOrThrow();
    expect(page.stack.id).toBe(row.id);
    const layer = page.stack.groups[0]!;
    expect(layer.name).toBe('Application & Data');
    const flat = page.stack.groups.flatMap((group) => group.categories.flatMap((category) => category.tools));
    expect(flat).toHaveLength(5);
    expect(flat.find((tool) => tool.slug === 'passenger')).toMatchObject({ note: 'behind NGINX', source: 'manual', sourcePath: null });

    const patched = await server.as(owner).stacks.update({ params, body: { tools: [{ slug: 'ruby' }, { slug: 'rails' }, { slug: 'passenger' }] } });
    expect(patched.stack.stats.tools).toBe(3);
    const afterRemoval = await stacksCount(tools);
    expect(afterRemoval.postgresql).toBe(before.postgresql);
    expect(afterRemoval.redis).toBe(before.redis);
    expect(afterRemoval.rails).toBe(before.rails! + 1);

    await server.as(owner).stacks.remove({ params });
    expect(await stacksCount(tools)).toEqual(before);
    expect(await findCounterDrift(server.database.db)).toEqual([]);
    await expect(server.client.stacks.get({ params })).rejects.toMatchObject({ status: 404 });
  });

  it('lists every stack anyone may see once, the most recently updated first, for the sitemap', async () => {
    const { db } = server.database;
    const listed = async () => {
      const items = [];
      let cursor: string | undefined;
      do {
        const page = await server.client.stacks.list({ query: { limit: 100, cursor } });
        items.push(...page.items);
        cursor = page.nextCursor ?? undefined;
      } while (cursor);
      return items;
    };
    const older = await buildStack(db, owner, { name: 'Listed Older' });
    const hidden = await buildStack(db, owner, { name: 'Listed Hidden' });
    const moderator = await buildUser(db, { role: 'moderator' });
    await server.as(moderator).moderation.act({ body: { action: 'hide', subjectType: 'stack', subjectId: hidden.id } });
    const newer = await buildStack(db, other, { name: 'Listed Newer' });

    const items = await listed();
    const { count } = await db.selectFrom('stacks').select((eb) => eb.fn.countAll<number>().as('count')).where('visible', '=', true).executeTakeFirstOrThrow();
    expect(count).toBeGreaterThan(100);
    expect(items).toHaveLength(count);
    const keys = items.map((item) => `${item.owner.username}/${item.slug}`);
    expect(new Set(keys).size).toBe(count);
    expect(keys).not.toContain(`${owner.username}/${hidden.slug}`);
    const updated = items.map((item) => item.updatedAt);
    expect(updated).toEqual([...updated].sort().reverse());
    expect(keys.indexOf(`${other.username}/${newer.slug}`)).toBeLessThan(keys.indexOf(`${owner.username}/${older.slug}`));
    expect(items.every((item) => item.createdAt <= item.updatedAt && !item.hidden)).toBe(true);

    // A change brings a stack to the top.
    await server.as(owner).stacks.update({ params: { owner: owner.username, slug: older.slug }, body: { description: 'Changed' } });
    const [first] = (await server.client.stacks.list({ query: { limit: 1 } })).items;
    expect(first).toMatchObject({ slug: older.slug, owner: { username: owner.username }, description: 'Changed' });
  });

  it('lets only the owner (or a moderator) change a stack', async () => {
    const mine = await buildStack(server.database.db, owner, { name: 'Mine', tools: [{ slug: 'go' }] });
    const params = { owner: owner.username, slug: mine.slug };
    await expect(server.as(other).stacks.update({ params, body: { name: 'Theirs now' } })).rejects.toMatchObject({ status: 403 });
    await expect(server.as(other).stacks.remove({ params })).rejects.toMatchObject({ status: 403 });
    await expect(server.as(owner).stacks.update({ params: { owner: owner.username, slug: 'missing-stack' }, body: { name: 'x' } })).rejects.toMatchObject({
      status: 404,
    });

    const moderator = await buildUser(server.database.db, { role: 'moderator' });
    await expect(server.as(moderator).stacks.update({ params, body: { name: 'Moderated name' } })).resolves.toMatchObject({
      stack: { name: 'Moderated name' },
    });
  });

  it("keeps the owner's order of tools within each layer, on creating and on editing", async () => {
    type Detail = Awaited<ReturnType<typeof server.client.stacks.get>>['stack'];
    const layersOf = (stack: Detail) => stack.groups.map((layer) => layer.categories.flatMap((category) => category.tools.map((tool) => tool.slug)));
    /** The order asked for, layer by layer, each category gathered where its first tool comes. */
    const expected = (stack: Detail, order: string[]) =>
      stack.groups.map((layer) => {
        const categoryOf = new Map(layer.categories.flatMap((category) => category.tools.map((tool) => [tool.slug, category.slug] as const)));
        const mine = order.filter((slug) => categoryOf.has(slug));
        const categories = [...new Set(mine.map((slug) => categoryOf.get(slug)))];
        return categories.flatMap((category) => mine.filter((slug) => categoryOf.get(slug) === category));
      });
    const order = ['redis', 'nginx', 'postgresql', 'gunicorn', 'passenger', 'ruby'];
    const created = await server.as(owner).stacks.create({ body: { name: 'Ordered', tools: order.map((slug) => ({ slug })) } });
    const params = { owner: owner.username, slug: created.stack.slug };
    const page = (await server.client.stacks.get({ params })).stack;
    expect(layersOf(page)).toEqual(expected(page, order));
    // Not the taxonomy's order by accident: some layer lists two tools the other way round.
    const reversed = [...order].reverse();
    await server.as(owner).stacks.update({ params, body: { tools: reversed.map((slug) => ({ slug, note: slug === 'nginx' ? 'in front' : null })) } });
    const edited = (await server.client.stacks.get({ params })).stack;
    expect(layersOf(edited)).toEqual(expected(edited, reversed));
    expect(layersOf(edited)).not.toEqual(layersOf(page));
    const nginx = edited.groups.flatMap((layer) => layer.categories.flatMap((category) => category.tools)).find((tool) => tool.slug === 'nginx');
    expect(nginx?.note).toBe('in front');
    // Every category of a layer is listed once, however the owner interleaved them.
    for (const layer of edited.groups) expect(new Set(layer.categories.map((category) => category.slug)).size).toBe(layer.categories.length);
    expect(await findCounterDrift(server.database.db)).toEqual([]);
  });

  it('merges repeated tools and gives a second stack of the same name its own slug', async () => {
    const first = await server.as(owner).stacks.create({ body: { name: 'Twin', tools: [{ slug: 'go' }, { slug: 'go', note: 'twice' }] } });
    const second = await server.as(owner).stacks.create({ body: { name: 'Twin', tools: [{ slug: 'go' }] } });
    expect(first.stack.slug).toBe('twin');
    expect(second.stack.slug).toBe('twin-2');
    const page = await server.client.stacks.get({ params: { owner: owner.username, slug: 'twin' } });
    expect(page.stack.stats.tools).toBe(1);
  });

  it.each<[string, z.input<typeof createStackRequestSchema>, number, RegExp]>([
    ['unknown tools, named', { name: 'X', tools: [{ slug: 'ruby' }, { slug: 'no-such-tool' }, { slug: 'nor-this' }] }, 400, /no-such-tool, nor-this/],
    ['201 tools', { name: 'X', tools: Array.from({ length: 201 }, (_, index) => ({ slug: `tool-${index}` })) }, 400, /at most 200/],
    ['an empty name', { name: '   ', tools: [{ slug: 'ruby' }] }, 400, /body\.name/],
    ['no tools', { name: 'X', tools: [] }, 400, /at least one tool/],
    ['a 1 MB description', { name: 'X', description: 'x'.repeat(1024 * 1024), tools: [{ slug: 'ruby' }] }, 413, /larger/],
  ])('refuses %s and changes nothing', async (_label, body, status, message) => {
    const before = await stackCount();
    await expect(server.as(owner).stacks.create({ body })).rejects.toMatchObject({ status, message: expect.stringMatching(message) });
    expect(await stackCount()).toBe(before);
  });

  it('refuses wrong types and changes nothing', async () => {
    // Raw: the typed client will not send a number for a name or text for the tool list.
    const before = await stackCount();
    const response = await server.request('/api/v1/stacks', jsonBody('POST', { name: 7, tools: 'ruby' }, { Cookie: await server.cookieFor(owner) }));
    expect(response.status).toBe(400);
    expect(response.body.error.message).toMatch(/body\./);
    expect(await stackCount()).toBe(before);
  });

  it('follows stacks and people idempotently, but never oneself', async () => {
    const followed = await buildStack(server.database.db, owner, { name: 'Followed', tools: [{ slug: 'go' }] });
    const params = { owner: owner.username, slug: followed.slug };
    expect(await server.as(other).stacks.follow({ params })).toEqual({ following: true, followers: 1 });
    expect(await server.as(other).stacks.follow({ params })).toEqual({ following: true, followers: 1 });
    expect(await server.as(other).stacks.unfollow({ params })).toEqual({ following: false, followers: 0 });

    expect(await server.as(other).users.follow({ params: { username: owner.username } })).toEqual({ following: true, followers: 1 });
    await expect(server.as(owner).users.follow({ params: { username: owner.username } })).rejects.toMatchObject({ status: 400 });
    expect(await findCounterDrift(server.database.db)).toEqual([]);
  });

  it("shows a person's profile with stacks, decisions and follows", async () => {
    const profile = await server.as(other).users.get({ params: { username: owner.username } });
    expect(profile.user.username).toBe(owner.username);
    expect(profile.stacks.map((stack) => stack.slug)).toContain('followed');
    expect(profile.viewer).toEqual({ following: true });
    const demo = await server.database.db.selectFrom('users').select('username').orderBy('id').executeTakeFirstOrThrow();
    const demoProfile = await server.client.users.get({ params: { username: demo.username } });
    expect(demoProfile.following.tools.length).toBeGreaterThan(0);
    await expect(server.client.users.get({ params: { username: 'nobody-by-that-name' } })).rejects.toMatchObject({ status: 404 });
  });
});
