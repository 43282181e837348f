import { renderMarkdown, type UserRow } from '@stackyard/db';
import { DECISION_MAX_LENGTH } from '@stackyard/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defaultConfig } from '../../config.js';
import { jsonBody } from '../../testing/accounts.js';
import { buildUser } from '../../testing/factories.js';
import { startTestServer, type TestServer } from '../../testing/test-server.js';

describe('POST /api/v1/decisions/preview', () => {
  let server: TestServer;
  let writer: UserRow;

  beforeAll(async () => {
    server = await startTestServer();
    writer = await buildUser(server.database.db);
  });
  afterAll(() => server.stop());

  const preview = (body: string) => server.as(writer).decisions.preview({ body: { body } });

  it('renders a draft exactly as posting it would store it, and stores nothing', async () => {
    const body = 'We measured [the benchmark](https://example.org/bench) and kept **Gunicorn**.';
    const { html } = await preview(body);
    expect(html).toBe(renderMarkdown(body));
    expect(html).toContain('<a href="https://example.org/bench" rel="nofollow ugc noopener" target="_blank">the benchmark</a>');
    const { decision } = await server.as(writer).decisions.create({ body: { body, tools: ['gunicorn'] } });
    expect(decision.html).toBe(html);
    const { count } = await server.database.db
      .selectFrom('decisions')
      .select((eb) => eb.fn.countAll<number>().as('count'))
      .where('author_id', '=', writer.id)
      .executeTakeFirstOrThrow();
    expect(Number(count)).toBe(1);
  });

  it('previews a draft too short to post (the writer is still writing)', async () => {
    await expect(preview('Short')).resolves.toEqual({ html: '<p>Short</p>\n' });
    await expect(preview('')).resolves.toEqual({ html: '' });
  });

  it('renders hostile input inert: no script, no javascript: link, no image, no event handler', async () => {
    const { html } = await preview(
      'Hi <script>alert(1)</script> [x](javascript:alert(2)) [y](JaVaScRiPt:alert(3)) <img src=x onerror=alert(4)> ![z](https://example.org/z.png) <a href="https://example.org" onclick="alert(5)">a</a>',
    );
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toMatch(/<img/i);
    expect(html).not.toMatch(/href="javascript:/i);
    expect(html).not.toMatch(/<[^>]*\son(error|click)=/i);
    expect(html).not.toMatch(/<a href="https:\/\/example.org" onclick/i);
    expect(html).toContain('&lt;script&gt;');
  });

  it('refuses a body longer than a decision may be with a 400, and an enormous one with a 413', async () => {
    await expect(preview('x'.repeat(DECISION_MAX_LENGTH + 1))).rejects.toMatchObject({
      status: 400,
      message: expect.stringMatching(/at most 5000/),
    });
    const cookie = await server.cookieFor(writer);
    const enormous = await server.request('/api/v1/decisions/preview', jsonBody('POST', { body: 'x'.repeat(200_000) }, { cookie }));
    expect(enormous.status).toBe(413);
  });

  it('refuses a signed-out visitor and a cross-site request', async () => {
    await expect(server.client.decisions.preview({ body: { body: 'Hello there' } })).rejects.toMatchObject({ status: 401 });
    const cookie = await server.cookieFor(writer);
    const crossSite = await server.request('/api/v1/decisions/preview', jsonBody('POST', { body: 'Hello' }, { cookie, origin: 'https://evil.example' }));
    expect(crossSite.status).toBe(403);
  });

  it('is rate limited per account, apart from the decisions it does not post', async () => {
    const limited = await startTestServer({
      config: { rateLimits: { ...defaultConfig().rateLimits, perAction: { ...defaultConfig().rateLimits.perAction, previews: { limit: 2, windowMs: 60_000 } } } },
    });
    try {
      const person = await buildUser(limited.database.db);
      const as = limited.as(person);
      await as.decisions.preview({ body: { body: 'one' } });
      await as.decisions.preview({ body: { body: 'two' } });
      await expect(as.decisions.preview({ body: { body: 'three' } })).rejects.toMatchObject({ status: 429 });
      // Posting is a budget of its own: previews did not spend it.
      await expect(as.decisions.create({ body: { body: 'A decision long enough to post.', tools: ['nginx'] } })).resolves.toBeDefined();
    } finally {
      await limited.stop();
    }
  });
});
