import { describe, expect, it } from 'vitest';
import { SLUG_PATTERN } from '@stackyard/domain';
import { catalogueTools, integrationPairs, taxonomy } from './index.js';

const functions = taxonomy.flatMap((layer) => layer.categories.flatMap((category) => category.functions));
const bySlug = new Map(catalogueTools.map((tool) => [tool.slug, tool]));

describe('the catalogue', () => {
  it('holds at least 1,200 tools across the four layers and 60 functions', () => {
    expect(catalogueTools.length).toBeGreaterThanOrEqual(1200);
    expect(functions.length).toBeGreaterThanOrEqual(60);
    expect(taxonomy.map((layer) => layer.name)).toEqual(['Application & Data', 'Utilities', 'DevOps', 'Business Tools']);
    const layerOfFunction = new Map(
      taxonomy.flatMap((layer) => layer.categories.flatMap((category) => category.functions.map((fn) => [fn.slug, layer.slug]))),
    );
    const layersUsed = new Set(catalogueTools.map((tool) => layerOfFunction.get(tool.fn)));
    expect(layersUsed.size).toBe(4);
  });

  it('has unique, well-formed slugs for tools and taxonomy', () => {
    const slugs = catalogueTools.map((tool) => tool.slug);
    expect(new Set(slugs).size).toBe(slugs.length);
    const names = catalogueTools.map((tool) => tool.name.toLowerCase());
    expect(new Set(names).size).toBe(names.length);
    const taxonomySlugs = [
      ...taxonomy.map((layer) => layer.slug),
      ...taxonomy.flatMap((layer) => layer.categories.map((category) => category.slug)),
      ...functions.map((fn) => fn.slug),
    ];
    expect(new Set(taxonomySlugs).size).toBe(taxonomySlugs.length);
    for (const slug of [...slugs, ...taxonomySlugs]) expect(slug).toMatch(SLUG_PATTERN);
  });

  it('gives every tool a known function, a tagline, a description and well-formed links', () => {
    const known = new Set(functions.map((fn) => fn.slug));
    for (const tool of catalogueTools) {
      expect(known.has(tool.fn), `${tool.slug} -> ${tool.fn}`).toBe(true);
      expect(tool.tagline.length, tool.slug).toBeGreaterThan(5);
      expect(tool.tagline.length, tool.slug).toBeLessThanOrEqual(160);
      expect(tool.description.length, tool.slug).toBeGreaterThan(40);
      expect(['http:', 'https:']).toContain(new URL(tool.website).protocol);
      if (tool.github) expect(tool.github, tool.slug).toMatch(/^[A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+$/);
    }
  });

  it('keeps every tool to the same bar: a short tagline, a real description, its licence or repository, what it works with', () => {
    const lacking = (test: (tool: (typeof catalogueTools)[number]) => boolean) => catalogueTools.filter((tool) => !test(tool)).map((tool) => tool.slug);
    expect(lacking((tool) => tool.tagline.length <= 80)).toEqual([]);
    expect(lacking((tool) => tool.description.length >= 80 && /[.!?]$/.test(tool.description))).toEqual([]);
    // A language is a specification: it has no licence or repository of its own to name.
    expect(lacking((tool) => !tool.openSource || tool.fn === 'languages' || Boolean(tool.license || tool.github))).toEqual([]);
    expect(lacking((tool) => tool.slug === 'gunicorn' || (tool.integrations?.length ?? 0) > 0)).toEqual([]);
    for (const tool of catalogueTools) if (tool.license) expect(tool.license, tool.slug).toMatch(/^[A-Za-z0-9.+-]+(?: (?:OR|AND|WITH) [A-Za-z0-9.+-]+)*$/);
  });

  it('integrates only with other catalogue tools, never with itself', () => {
    for (const tool of catalogueTools) {
      for (const other of tool.integrations ?? []) {
        expect(other, `${tool.slug} integrates with itself`).not.toBe(tool.slug);
        expect(bySlug.has(other), `${tool.slug} -> unknown ${other}`).toBe(true);
      }
    }
    for (const [a, b] of integrationPairs()) expect(a < b).toBe(true);
  });

  it('holds every tool of the reference comparison page, web servers under Web Servers', () => {
    const webServers = [
      'gunicorn', 'passenger', 'nginx', 'apache-http-server', 'unicorn', 'microsoft-iis', 'apache-tomcat', 'jetty',
      'lighttpd', 'swoole', 'puma', 'caddy',
    ];
    for (const slug of webServers) expect(bySlug.get(slug)?.fn, slug).toBe('web-servers');
    for (const slug of ['python', 'ruby', 'nodejs', 'meteor']) expect(bySlug.has(slug), slug).toBe(true);
  });

  it("lists Passenger's integrations as the reference page does, and none for Gunicorn", () => {
    const integrationsOf = (slug: string) =>
      integrationPairs()
        .filter((pair) => pair.includes(slug))
        .map(([a, b]) => (a === slug ? b : a))
        .sort();
    expect(integrationsOf('passenger')).toEqual(['apache-http-server', 'meteor', 'nginx', 'nodejs', 'python', 'ruby']);
    expect(integrationsOf('gunicorn')).toEqual([]);
  });
});
