import { findCounterDrift, type UserRow } from '@stackyard/db';
import type { createDecisionRequestSchema } from '@stackyard/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { buildDecision, buildStack, buildUser } from '../../testing/factories.js';
import { startTestServer, type TestServer } from '../../testing/test-server.js';

/** The author's stack, as a decision names it: `owner/slug`. */
const SHOP = 'decider/shop';

describe('decisions', () => {
  let server: TestServer;
  let author: UserRow;
  let reader: UserRow;

  beforeAll(async () => {
    server = await startTestServer();
    author = await buildUser(server.database.db, { username: 'decider' });
    reader = await buildUser(server.database.db);
    await buildStack(server.database.db, author, { name: 'Shop', tools: [{ slug: 'puma' }] });
  });
  afterAll(() => server.stop());

  it('posts Markdown about tools within a stack, rendered safely', async () => {
    const { decision } = await server.as(author).decisions.create({
      body: { body: 'We moved from **Unicorn** to [Puma](https://puma.io) for threads.', tools: ['puma', 'unicorn', 'puma'], stack: SHOP },
    });
    expect(decision.tools.map((tool) => tool.slug)).toEqual(['puma', 'unicorn']);
    expect(decision.stack).toEqual({ owner: 'decider', slug: 'shop', name: 'Shop', hidden: false });
    expect(decision.html).toContain('<strong>Unicorn</strong>');
    expect(decision.html).toContain('rel="nofollow ugc noopener"');
    const again = await server.client.decisions.get({ params: { id: decision.id } });
    expect(again.decision.body).toBe(decision.body);
    const stackPage = await server.client.stacks.get({ params: { owner: 'decider', slug: 'shop' } });
    expect(stackPage.stack.decisions.map((item) => item.id)).toContain(decision.id);
    const listed = await server.client.tools.decisions({ params: { slug: 'unicorn' } });
    expect(listed.items.map((item) => item.id)).toContain(decision.id);
  });

  it('renders <script>, javascript: links and <img onerror> inert', async () => {
    const { decision } = await server.as(author).decisions.create({
      body: { body: 'Hostile: <script>alert(1)</script> [x](javascript:alert(2)) <img src=x onerror=alert(3)> end of text.', tools: ['caddy'] },
    });
    const html = decision.html;
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toMatch(/<img/i);
    expect(html).not.toMatch(/href="javascript:/i);
    // The attempted attributes survive only as escaped text, never inside a tag.
    expect(html).not.toMatch(/<[^>]*\sonerror=/i);
    expect(html).toContain('&lt;img src=x onerror=alert(3)&gt;');
  });

  it.each<[string, z.input<typeof createDecisionRequestSchema>, number, RegExp]>([
    ['a short body', { body: 'Too short', tools: ['caddy'] }, 400, /at least 20/],
    ['no tools', { body: 'A perfectly long enough body.', tools: [] }, 400, /at least one tool/],
    ['eleven tools', { body: 'A perfectly long enough body.', tools: Array.from({ length: 11 }, (_, index) => `tool-${index}`) }, 400, /at most 10/],
    ['unknown tools, named', { body: 'A perfectly long enough body.', tools: ['caddy', 'no-such-tool'] }, 400, /no-such-tool/],
    ["someone else's stack", { body: 'A perfectly long enough body.', tools: ['caddy'], stack: SHOP }, 403, /your own stacks/],
    ['a 6,000-character body', { body: 'x'.repeat(6000), tools: ['caddy'] }, 400, /at most 5000/],
  ])('refuses %s', async (label, body, status, message) => {
    const poster = label === "someone else's stack" ? reader : author;
    await expect(server.as(poster).decisions.create({ body })).rejects.toMatchObject({ status, message: expect.stringMatching(message) });
  });

  it('counts votes idempotently', async () => {
    const { id } = await buildDecision(server.database.db, author, { body: 'Votes should count once and only once.', tools: ['jetty'] });
    const vote = (value: 0 | 1) => server.as(reader).decisions.vote({ params: { id }, body: { value } });
    expect((await vote(1)).decision).toEqual({ id, votes: 1, viewerVoted: true });
    expect((await vote(1)).decision).toEqual({ id, votes: 1, viewerVoted: true });
    const seen = await server.as(reader).decisions.get({ params: { id } });
    expect(seen.decision.viewerVoted).toBe(true);
    expect((await vote(0)).decision).toEqual({ id, votes: 0, viewerVoted: false });
    expect(await findCounterDrift(server.database.db)).toEqual([]);
    await expect(server.client.decisions.get({ params: { id: 999999999 } })).rejects.toMatchObject({ status: 404 });
    await expect(server.client.decisions.get({ params: { id: 'abc' } })).rejects.toMatchObject({ status: 400 });
  });
});
