import { findCounterDrift } from '@stackyard/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { jsonBody } from '../../testing/accounts.js';
import { createSignedInUsers } from '../../testing/sessions.js';
import { startTestServer, type TestServer } from '../../testing/test-server.js';

describe('stacks', () => {
  let server: TestServer;
  let owner: { id: number; cookie: string };
  let other: { id: number; cookie: string };
  let ownerName: string;

  beforeAll(async () => {
    server = await startTestServer();
    [owner, other] = (await createSignedInUsers(server.database.db, 2, 'stacker')) as [typeof owner, typeof other];
    ownerName = 'stacker-0';
  });
  afterAll(() => server.stop());

  const stacksCount = async (slugs: string[]) => {
    const rows = await server.database.db.selectFrom('tools').select(['slug', 'stacks_count']).where('slug', 'in', slugs).execute();
    return Object.fromEntries(rows.map((row) => [row.slug, row.stacks_count]));
  };
  const tools = ['ruby', 'rails', 'passenger', 'postgresql', 'redis'];

  it('creates a stack with five tools, each stacks_count rising by one; removing two and deleting bring them back', async () => {
    const before = await stacksCount(tools);
    const created = await server.request(
      '/api/v1/stacks',
      jsonBody('POST', { name: 'Acme Billing', description: 'Bills', tools: tools.map((slug) => ({ slug, note: slug === 'passenger' ? 'behind NGINX' : undefined })) }, { Cookie: owner.cookie }),
    );
    expect(created.status).toBe(201);
    expect(created.body.stack).toEqual({ owner: ownerName, slug: 'acme-billing' });
    const risen = await stacksCount(tools);
    for (const slug of tools) expect(risen[slug], slug).toBe(before[slug]! + 1);

    const page = await server.request(`/api/v1/stacks/${ownerName}/acme-billing`);
    expect(page.status).toBe(200);
    expect(page.body.stack.stats.tools).toBe(5);
    const layer = page.body.stack.groups[0];
    expect(layer.name).toBe('Application & Data');
    const flat = page.body.stack.groups.flatMap((group: { categories: Array<{ tools: unknown[] }> }) => group.categories.flatMap((category) => category.tools));
    expect(flat).toHaveLength(5);
    expect(flat.find((tool: { slug: string }) => tool.slug === 'passenger')).toMatchObject({ note: 'behind NGINX', source: 'manual', sourcePath: null });

    const patched = await server.request(
      `/api/v1/stacks/${ownerName}/acme-billing`,
      jsonBody('PATCH', { tools: [{ slug: 'ruby' }, { slug: 'rails' }, { slug: 'passenger' }] }, { Cookie: owner.cookie }),
    );
    expect(patched.status).toBe(200);
    expect(patched.body.stack.stats.tools).toBe(3);
    const afterRemoval = await stacksCount(tools);
    expect(afterRemoval.postgresql).toBe(before.postgresql);
    expect(afterRemoval.redis).toBe(before.redis);
    expect(afterRemoval.rails).toBe(before.rails! + 1);

    expect((await server.request(`/api/v1/stacks/${ownerName}/acme-billing`, { method: 'DELETE', headers: { Cookie: owner.cookie } })).status).toBe(204);
    expect(await stacksCount(tools)).toEqual(before);
    expect(await findCounterDrift(server.database.db)).toEqual([]);
    expect((await server.request(`/api/v1/stacks/${ownerName}/acme-billing`)).status).toBe(404);
  });

  it('lets only the owner (or a moderator) change a stack', async () => {
    await server.request('/api/v1/stacks', jsonBody('POST', { name: 'Mine', tools: [{ slug: 'go' }] }, { Cookie: owner.cookie }));
    const patch = await server.request(`/api/v1/stacks/${ownerName}/mine`, jsonBody('PATCH', { name: 'Theirs now' }, { Cookie: other.cookie }));
    expect(patch.status).toBe(403);
    expect((await server.request(`/api/v1/stacks/${ownerName}/mine`, { method: 'DELETE', headers: { Cookie: other.cookie } })).status).toBe(403);
    expect((await server.request(`/api/v1/stacks/${ownerName}/missing-stack`, jsonBody('PATCH', { name: 'x' }, { Cookie: owner.cookie }))).status).toBe(404);

    await server.database.db.updateTable('users').set({ role: 'moderator' }).where('id', '=', other.id).execute();
    expect((await server.request(`/api/v1/stacks/${ownerName}/mine`, jsonBody('PATCH', { name: 'Moderated name' }, { Cookie: other.cookie }))).status).toBe(200);
    await server.database.db.updateTable('users').set({ role: 'member' }).where('id', '=', other.id).execute();
  });

  it('merges repeated tools and gives a second stack of the same name its own slug', async () => {
    const first = await server.request('/api/v1/stacks', jsonBody('POST', { name: 'Twin', tools: [{ slug: 'go' }, { slug: 'go', note: 'twice' }] }, { Cookie: owner.cookie }));
    const second = await server.request('/api/v1/stacks', jsonBody('POST', { name: 'Twin', tools: [{ slug: 'go' }] }, { Cookie: owner.cookie }));
    expect(first.body.stack.slug).toBe('twin');
    expect(second.body.stack.slug).toBe('twin-2');
    const page = await server.request(`/api/v1/stacks/${ownerName}/twin`);
    expect(page.body.stack.stats.tools).toBe(1);
  });

  it.each([
    ['unknown tools, named', { name: 'X', tools: [{ slug: 'ruby' }, { slug: 'no-such-tool' }, { slug: 'nor-this' }] }, 400, /no-such-tool, nor-this/],
    ['201 tools', { name: 'X', tools: Array.from({ length: 201 }, (_, index) => ({ slug: `tool-${index}` })) }, 400, /at most 200/],
    ['an empty name', { name: '   ', tools: [{ slug: 'ruby' }] }, 400, /body\.name/],
    ['no tools', { name: 'X', tools: [] }, 400, /at least one tool/],
    ['wrong types', { name: 7, tools: 'ruby' }, 400, /body\./],
    ['a 1 MB description', { name: 'X', description: 'x'.repeat(1024 * 1024), tools: [{ slug: 'ruby' }] }, 413, /larger/],
  ])('refuses %s and changes nothing', async (_label, body, status, message) => {
    const before = await server.database.db.selectFrom('stacks').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
    const response = await server.request('/api/v1/stacks', jsonBody('POST', body, { Cookie: owner.cookie }));
    expect(response.status).toBe(status);
    expect(response.body.error.message).toMatch(message);
    const after = await server.database.db.selectFrom('stacks').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
    expect(after.n).toBe(before.n);
  });

  it('follows stacks and people idempotently, but never oneself', async () => {
    await server.request('/api/v1/stacks', jsonBody('POST', { name: 'Followed', tools: [{ slug: 'go' }] }, { Cookie: owner.cookie }));
    const follow = () => server.request(`/api/v1/stacks/${ownerName}/followed/follow`, { method: 'PUT', headers: { Cookie: other.cookie } });
    expect((await follow()).body).toEqual({ following: true, followers: 1 });
    expect((await follow()).body).toEqual({ following: true, followers: 1 });
    expect((await server.request(`/api/v1/stacks/${ownerName}/followed/follow`, { method: 'DELETE', headers: { Cookie: other.cookie } })).body).toEqual({ following: false, followers: 0 });

    const person = await server.request(`/api/v1/users/${ownerName}/follow`, { method: 'PUT', headers: { Cookie: other.cookie } });
    expect(person.body).toEqual({ following: true, followers: 1 });
    const self = await server.request(`/api/v1/users/${ownerName}/follow`, { method: 'PUT', headers: { Cookie: owner.cookie } });
    expect(self.status).toBe(400);
    expect(await findCounterDrift(server.database.db)).toEqual([]);
  });

  it("shows a person's profile with stacks, decisions and follows", async () => {
    const { status, body } = await server.request(`/api/v1/users/${ownerName}`, { headers: { Cookie: other.cookie } });
    expect(status).toBe(200);
    expect(body.user.username).toBe(ownerName);
    expect(body.stacks.map((stack: { slug: string }) => stack.slug)).toContain('followed');
    expect(body.viewer).toEqual({ following: true });
    const demo = await server.database.db.selectFrom('users').select('username').orderBy('id').executeTakeFirstOrThrow();
    const demoProfile = await server.request(`/api/v1/users/${demo.username}`);
    expect(demoProfile.body.following.tools.length).toBeGreaterThan(0);
    expect((await server.request('/api/v1/users/nobody-by-that-name')).status).toBe(404);
  });
});
