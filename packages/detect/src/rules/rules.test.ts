import { describe, expect, it } from 'vitest';
import { catalogueTools } from '@stackyard/catalogue';
import { detect, memoryFiles } from '../engine.js';
import { MATCHER_KINDS, patternToRegExp } from '../rule-index.js';
import { normalizeName } from '../normalize.js';
import { exampleFiles } from '../testing/example-files.js';
import { rules } from './index.js';

const slugs = new Set(catalogueTools.map((tool) => tool.slug));

/** Every pattern of every rule with the name that must fire it: itself, or its examples when it has a `*`. */
const cases = rules.flatMap((rule) =>
  MATCHER_KINDS.flatMap((kind) =>
    (rule[kind] ?? []).flatMap((pattern) => {
      const wild = kind === 'file' || pattern.includes('*');
      const examples = wild ? (rule.examples?.[kind] ?? []).filter((name) => patternToRegExp(kind, pattern).test(kind === 'file' ? name : normalizeName(kind, name))) : [pattern];
      return [{ slug: rule.slug, kind, pattern, examples }];
    }),
  ),
);

describe('the rules', () => {
  it('are one record per catalogue tool', () => {
    const seen = rules.map((rule) => rule.slug);
    expect(seen.filter((slug, index) => seen.indexOf(slug) !== index)).toEqual([]);
    expect(seen.filter((slug) => !slugs.has(slug))).toEqual([]);
    for (const rule of rules) for (const implied of rule.implies ?? []) expect(slugs.has(implied), `${rule.slug} implies ${implied}`).toBe(true);
  });

  it('give every pattern with a * (and every path) an example it matches', () => {
    expect(cases.filter((item) => item.examples.length === 0).map((item) => `${item.slug}: ${item.kind} ${item.pattern}`)).toEqual([]);
  });

  it('fire on every example, through the parser of its kind', async () => {
    const misses: string[] = [];
    for (const item of cases) {
      for (const name of item.examples) {
        const result = await detect(memoryFiles(exampleFiles(item.kind, name)));
        if (!result.tools.some((tool) => tool.slug === item.slug)) misses.push(`${item.slug}: ${item.kind} ${name}`);
      }
    }
    expect(misses).toEqual([]);
  }, 120_000);
});
