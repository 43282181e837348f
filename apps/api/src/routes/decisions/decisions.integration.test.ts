import { findCounterDrift } from '@stackyard/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { jsonBody } from '../../testing/accounts.js';
import { createSignedInUsers } from '../../testing/sessions.js';
import { startTestServer, type TestServer } from '../../testing/test-server.js';

describe('decisions', () => {
  let server: TestServer;
  let author: { id: number; cookie: string };
  let reader: { id: number; cookie: string };

  beforeAll(async () => {
    server = await startTestServer();
    [author, reader] = (await createSignedInUsers(server.database.db, 2, 'decider')) as [typeof author, typeof reader];
    await server.request('/api/v1/stacks', jsonBody('POST', { name: 'Shop', tools: [{ slug: 'puma' }] }, { Cookie: author.cookie }));
  });
  afterAll(() => server.stop());

  const post = (body: unknown, cookie = author.cookie) => server.request('/api/v1/decisions', jsonBody('POST', body, { Cookie: cookie }));

  it('posts Markdown about tools within a stack, rendered safely', async () => {
    const { status, body } = await post({
      body: 'We moved from **Unicorn** to [Puma](https://puma.io) for threads.',
      tools: ['puma', 'unicorn', 'puma'],
      stack: 'decider-0/shop',
    });
    expect(status).toBe(201);
    expect(body.decision.tools.map((tool: { slug: string }) => tool.slug)).toEqual(['puma', 'unicorn']);
    expect(body.decision.stack).toEqual({ owner: 'decider-0', slug: 'shop', name: 'Shop', hidden: false });
    expect(body.decision.html).toContain('<strong>Unicorn</strong>');
    expect(body.decision.html).toContain('rel="nofollow ugc noopener"');
    const again = await server.request(`/api/v1/decisions/${body.decision.id}`);
    expect(again.body.decision.body).toBe(body.decision.body);
    const stackPage = await server.request('/api/v1/stacks/decider-0/shop');
    expect(stackPage.body.stack.decisions.map((item: { id: number }) => item.id)).toContain(body.decision.id);
    const listed = await server.request('/api/v1/tools/unicorn/decisions');
    expect(listed.body.items.map((item: { id: number }) => item.id)).toContain(body.decision.id);
  });

  it('renders <script>, javascript: links and <img onerror> inert', async () => {
    const { body } = await post({
      body: 'Hostile: <script>alert(1)</script> [x](javascript:alert(2)) <img src=x onerror=alert(3)> end of text.',
      tools: ['caddy'],
    });
    const html: string = body.decision.html;
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toMatch(/<img/i);
    expect(html).not.toMatch(/href="javascript:/i);
    // The attempted attributes survive only as escaped text, never inside a tag.
    expect(html).not.toMatch(/<[^>]*\sonerror=/i);
    expect(html).toContain('&lt;img src=x onerror=alert(3)&gt;');
  });

  it.each([
    ['a short body', { body: 'Too short', tools: ['caddy'] }, 400, /at least 20/],
    ['no tools', { body: 'A perfectly long enough body.', tools: [] }, 400, /at least one tool/],
    ['eleven tools', { body: 'A perfectly long enough body.', tools: Array.from({ length: 11 }, (_, index) => `tool-${index}`) }, 400, /at most 10/],
    ['unknown tools, named', { body: 'A perfectly long enough body.', tools: ['caddy', 'no-such-tool'] }, 400, /no-such-tool/],
    ["someone else's stack", { body: 'A perfectly long enough body.', tools: ['caddy'], stack: 'decider-0/shop' }, 403, /your own stacks/],
    ['a 6,000-character body', { body: 'x'.repeat(6000), tools: ['caddy'] }, 400, /at most 5000/],
  ])('refuses %s', async (_label, body, status, message) => {
    const response = await post(body, _label === "someone else's stack" ? reader.cookie : author.cookie);
    expect(response.status).toBe(status);
    expect(response.body.error.message).toMatch(message);
  });

  it('counts votes idempotently', async () => {
    const { body } = await post({ body: 'Votes should count once and only once.', tools: ['jetty'] });
    const id: number = body.decision.id;
    const vote = (value: number) => server.request(`/api/v1/decisions/${id}/vote`, jsonBody('PUT', { value }, { Cookie: reader.cookie }));
    expect((await vote(1)).body.decision).toEqual({ id, votes: 1, viewerVoted: true });
    expect((await vote(1)).body.decision).toEqual({ id, votes: 1, viewerVoted: true });
    const seen = await server.request(`/api/v1/decisions/${id}`, { headers: { Cookie: reader.cookie } });
    expect(seen.body.decision.viewerVoted).toBe(true);
    expect((await vote(0)).body.decision).toEqual({ id, votes: 0, viewerVoted: false });
    expect(await findCounterDrift(server.database.db)).toEqual([]);
    expect((await server.request('/api/v1/decisions/999999999')).status).toBe(404);
    expect((await server.request('/api/v1/decisions/abc')).status).toBe(400);
  });
});
