import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildUser } from '../../testing/factories.js';
import { startTestServer, type TestServer } from '../../testing/test-server.js';

describe('comparison views cannot be pumped', () => {
  let server: TestServer;

  beforeAll(async () => {
    // Views count once per visitor and day: a clock that stands still keeps a run that crosses midnight on one day.
    const startedAt = new Date();
    server = await startTestServer({ clock: () => startedAt });
  });
  afterAll(() => server.stop());

  const viewsOf = async (slugs: [string, string]) => {
    const tools = await server.database.db.selectFrom('tools').select('id').where('slug', 'in', slugs).orderBy('id').execute();
    const row = await server.database.db
      .selectFrom('comparison_views')
      .select('views_count')
      .where('tool_a_id', '=', tools[0]!.id)
      .where('tool_b_id', '=', tools[1]!.id)
      .where('tool_c_id', 'is', null)
      .executeTakeFirst();
    return row?.views_count ?? 0;
  };

  /** `count` comparisons of the pair with these headers, twenty at a time; every one must succeed. */
  const compareMany = async (count: number, headers: Record<string, string>) => {
    for (let sent = 0; sent < count; sent += 20) {
      const answers = await Promise.all(
        Array.from({ length: Math.min(20, count - sent) }, (_, index) =>
          server.request(`/api/v1/compare?tools=${(sent + index) % 2 ? 'caddy,traefik' : 'traefik,caddy'}`, { headers }),
        ),
      );
      expect(answers.map((answer) => answer.status)).toEqual(answers.map(() => 200));
    }
  };

  // 700 comparisons take a while on the embedded database of a busy machine.
  it('moves a pair by one view for 700 requests from one visitor', { timeout: 240_000 }, async () => {
    await server.comparisonViews.flush();
    const before = await viewsOf(['caddy', 'traefik']);
    await compareMany(700, { 'user-agent': 'pump/1.0' });
    await server.comparisonViews.flush();
    expect(await viewsOf(['caddy', 'traefik'])).toBe(before + 1);
  });

  it('counts another browser as another visitor, and a member once whatever browser they use', async () => {
    await server.comparisonViews.flush();
    const before = await viewsOf(['caddy', 'traefik']);
    await compareMany(3, { 'user-agent': 'another browser/2.0' });
    const cookie = await server.cookieFor(await buildUser(server.database.db));
    await compareMany(3, { 'user-agent': 'laptop', cookie });
    await compareMany(3, { 'user-agent': 'phone', cookie });
    await server.comparisonViews.flush();
    expect(await viewsOf(['caddy', 'traefik'])).toBe(before + 2);
  });
});
