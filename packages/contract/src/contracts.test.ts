import { describe, expect, it } from 'vitest';
import { allContracts, contracts } from './contracts.js';
import { ACCESS_LEVELS, bySpecificity, describeRoute, type RouteContract } from './route.js';

const paramNames = (contract: RouteContract) => [...contract.path.matchAll(/:([A-Za-z0-9_]+)/g)].map(([, name]) => name!);

describe('the registry', () => {
  it('names every contract after its resource and key, once', () => {
    for (const [resource, group] of Object.entries(contracts)) {
      for (const [name, contract] of Object.entries(group)) expect(contract.operationId).toBe(`${resource}.${name}`);
    }
    const ids = allContracts.map((contract) => contract.operationId);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('has one contract per method and path, each below /api with a summary, tags and a known access level', () => {
    const routes = allContracts.map((contract) => `${contract.method} ${contract.path}`);
    expect(new Set(routes).size).toBe(routes.length);
    for (const contract of allContracts) {
      expect(contract.path, describeRoute(contract)).toMatch(/^\/api\//);
      expect(contract.summary.length, describeRoute(contract)).toBeGreaterThan(5);
      expect(contract.tags.length, describeRoute(contract)).toBeGreaterThan(0);
      expect(ACCESS_LEVELS, describeRoute(contract)).toContain(contract.access);
      expect(Object.keys(contract.responses).length, describeRoute(contract)).toBeGreaterThan(0);
    }
  });

  it('describes exactly the path parameters each path has', () => {
    for (const contract of allContracts) {
      const described = Object.keys(contract.request?.params?.shape ?? {}).sort();
      expect(described, describeRoute(contract)).toEqual(paramNames(contract).sort());
    }
  });

  it('asks for a body only where the method carries one', () => {
    for (const contract of allContracts.filter((contract) => contract.request?.body)) {
      expect(['post', 'put', 'patch', 'delete'], describeRoute(contract)).toContain(contract.method);
    }
  });

  it('keeps the moderation queue and actions for moderators, and the log public', () => {
    expect(contracts.moderation.queue.access).toBe('moderator');
    expect(contracts.moderation.act.access).toBe('moderator');
    expect(contracts.moderation.log.access).toBe('public');
  });
});

describe('bySpecificity', () => {
  const route = (path: string) => ({ path }) as RouteContract;
  const order = (...paths: string[]) => paths.map(route).sort(bySpecificity).map((contract) => contract.path);

  it('puts a literal segment before a parameter at the first place two paths differ', () => {
    expect(order('/api/v1/tools/:slug', '/api/v1/tools/trending')).toEqual(['/api/v1/tools/trending', '/api/v1/tools/:slug']);
    expect(order('/api/v1/users/:username/follow', '/api/v1/users/:username', '/api/v1/users/:username/feed.atom')).toEqual([
      '/api/v1/users/:username',
      '/api/v1/users/:username/feed.atom',
      '/api/v1/users/:username/follow',
    ]);
  });

  it('is a total order: the same list in any order sorts the same', () => {
    const paths = allContracts.map((contract) => contract.path);
    const sorted = order(...paths);
    expect(order(...[...paths].reverse())).toEqual(sorted);
    expect(sorted.indexOf('/api/v1/tools/trending')).toBeLessThan(sorted.indexOf('/api/v1/tools/:slug'));
  });
});
