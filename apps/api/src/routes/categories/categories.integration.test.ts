import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../../testing/test-server.js';

describe('GET /api/v1/categories', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(() => server.stop());

  it('returns the taxonomy tree with tool counts that add up', async () => {
    const { status, body } = await server.request('/api/v1/categories');
    expect(status).toBe(200);
    expect(body.layers.map((layer: { name: string }) => layer.name)).toEqual([
      'Application & Data',
      'Utilities',
      'DevOps',
      'Business Tools',
    ]);
    const { count } = await server.database.db
      .selectFrom('tools')
      .select((eb) => eb.fn.countAll<number>().as('count'))
      .executeTakeFirstOrThrow();
    const total = body.layers.reduce((sum: number, layer: { toolCount: number }) => sum + layer.toolCount, 0);
    expect(total).toBe(count);

    const paas = body.layers[0].categories.find((category: { slug: string }) => category.slug === 'platform-as-a-service');
    const webServers = paas.functions.find((fn: { slug: string }) => fn.slug === 'web-servers');
    expect(webServers).toMatchObject({ name: 'Web Servers' });
    expect(webServers.toolCount).toBeGreaterThanOrEqual(12);
    expect(paas.toolCount).toBe(paas.functions.reduce((sum: number, fn: { toolCount: number }) => sum + fn.toolCount, 0));
  });
});
