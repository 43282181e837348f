import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../../testing/test-server.js';

describe('GET /api/v1/categories', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(() => server.stop());

  it('returns the taxonomy tree with tool counts that add up', async () => {
    const { layers } = await server.client.categories.tree();
    expect(layers.map((layer) => layer.name)).toEqual([
      'Application & Data',
      'Utilities',
      'DevOps',
      'Business Tools',
    ]);
    const { count } = await server.database.db
      .selectFrom('tools')
      .select((eb) => eb.fn.countAll<number>().as('count'))
      .executeTakeFirstOrThrow();
    const total = layers.reduce((sum, layer) => sum + layer.toolCount, 0);
    expect(total).toBe(count);

    const paas = layers[0]!.categories.find((category) => category.slug === 'platform-as-a-service')!;
    const webServers = paas.functions.find((fn) => fn.slug === 'web-servers');
    expect(webServers).toMatchObject({ name: 'Web Servers' });
    expect(webServers!.toolCount).toBeGreaterThanOrEqual(12);
    expect(paas.toolCount).toBe(paas.functions.reduce((sum, fn) => sum + fn.toolCount, 0));
  });
});
