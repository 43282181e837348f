import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { detectFixture, toolLines } from './testing/fixture.js';

/**
 * Trees written for these tests, one per kind of repository (a Rust CLI, a Spring Boot service, Go with a
 * Vue front end, Rails, Laravel, Django, a Next.js + Prisma monorepo, polyglot microservices, Terraform
 * infrastructure) and one per mistake a well-known detector makes (peer-*). Each fixture's expected.json
 * lists, as someone reading its manifests would, every tool with the file:line of each place it shows, and
 * the hints: what is only seen where it does not count.
 */
const root = fileURLToPath(new URL('../fixtures/', import.meta.url));
const fixtures = readdirSync(root, { withFileTypes: true }).filter((entry) => entry.isDirectory()).map((entry) => entry.name);

interface Expected {
  why: string;
  tools: Record<string, string[]>;
  hints: Record<string, string>;
}

describe('fixture repositories', () => {
  it('include the nine kinds of repository and every mistake of the peer', () => {
    expect(fixtures.filter((name) => !name.startsWith('peer-'))).toEqual([
      'django', 'go-vue', 'laravel', 'microservices', 'next-monorepo', 'rails', 'rust-cli', 'spring-boot', 'terraform-infra',
    ]);
    expect(fixtures.filter((name) => name.startsWith('peer-')).length).toBeGreaterThanOrEqual(9);
  });

  for (const name of fixtures) {
    it(`${name}: exactly the expected tools, each at its file and line, and the expected hints`, async () => {
      const expected = JSON.parse(readFileSync(`${root}${name}/expected.json`, 'utf8')) as Expected;
      const result = await detectFixture(name);
      expect(toolLines(result)).toEqual(expected.tools);
      expect(Object.fromEntries(result.hints.map((hint) => [hint.slug, hint.reason]))).toEqual(expected.hints);
      expect(result.problems).toEqual([]);
    });
  }
});
