import { renderMarkdown } from '@stackyard/db';
import { TEST_SEED_NOW } from '@stackyard/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildStack, buildUser } from '../../testing/factories.js';
import { startTestServer, type TestServer } from '../../testing/test-server.js';

describe('decisions keep their HTML, rendered once when written', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(() => server.stop());

  const storedHtml = async (id: number) =>
    (await server.database.db.selectFrom('decisions').select(['body', 'html']).where('id', '=', id).executeTakeFirstOrThrow());

  it('stores the renderer’s HTML with the body, and every read returns what is stored', async () => {
    const author = await buildUser(server.database.db);
    const stack = await buildStack(server.database.db, author, { tools: [{ slug: 'caddy' }] });
    const body = 'We moved to **Caddy** for [automatic HTTPS](https://caddyserver.com):\n\n- one binary\n- `Caddyfile`';
    const { decision } = await server.as(author).decisions.create({ body: { body, tools: ['caddy'], stack: `${stack.ownerUsername}/${stack.slug}` } });

    const stored = await storedHtml(decision.id);
    expect(stored).toEqual({ body, html: renderMarkdown(body) });
    expect(decision.html).toBe(stored.html);

    // Reads are not rendering again: what the column holds is what every read answers.
    const marker = '<p>as stored</p>\n';
    await server.database.db.updateTable('decisions').set({ html: marker }).where('id', '=', decision.id).execute();
    expect((await server.client.decisions.get({ params: { id: decision.id } })).decision.html).toBe(marker);
    const listed = await server.client.tools.decisions({ params: { slug: 'caddy' } });
    expect(listed.items.find((item) => item.id === decision.id)?.html).toBe(marker);
    const page = await server.client.stacks.get({ params: { owner: stack.ownerUsername, slug: stack.slug } });
    expect(page.stack.decisions.find((item) => item.id === decision.id)?.html).toBe(marker);
  });

  it('stores hostile Markdown inert', async () => {
    const author = await buildUser(server.database.db);
    const body = 'Hostile: <script>alert(1)</script> [x](javascript:alert(2)) <img src=x onerror=alert(3)> ![p](https://evil.example/p.png)';
    const { decision } = await server.as(author).decisions.create({ body: { body, tools: ['nginx'] } });
    const { html } = await storedHtml(decision.id);
    expect(html).toBe(renderMarkdown(body));
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toMatch(/<img/i);
    expect(html).not.toMatch(/href="javascript:/i);
    expect(html).not.toMatch(/<[^>]*\sonerror=/i);
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
  });

  it('has the seeded demo decisions stored rendered, as the renderer makes them', async () => {
    const rows = await server.database.db
      .selectFrom('decisions')
      .select(['id', 'body', 'html'])
      .where('created_at', '<=', TEST_SEED_NOW)
      .orderBy('id')
      .execute();
    expect(rows.length).toBeGreaterThan(10);
    const mismatched = rows.filter((row) => row.html !== renderMarkdown(row.body)).map((row) => row.id);
    expect(mismatched).toEqual([]);
  });
});
