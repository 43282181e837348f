import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { detect, memoryFiles } from '../engine.js';
import type { Rule } from '../rules/rule.js';
import { parsers } from './index.js';

/** Rules of real catalogue slugs, so the engine keeps the findings. */
const rules: Rule[] = [
  { slug: 'postgresql', docker: ['postgres'], apt: ['postgresql-client*'], helm: ['postgresql'], examples: { apt: ['postgresql-client-16'] } },
  { slug: 'redis', docker: ['redis', 'bitnami/redis'] },
  { slug: 'elasticsearch', docker: ['elasticsearch/elasticsearch'] },
  { slug: 'github-actions', action: ['actions/*'], examples: { action: ['actions/checkout'] } },
  { slug: 'terraform', terraformProvider: ['hashicorp/*'], examples: { terraformProvider: ['hashicorp/aws'] } },
  { slug: 'sentry', env: ['SENTRY_*'], examples: { env: ['SENTRY_DSN'] } },
  { slug: 'stripe', env: ['STRIPE_*'], examples: { env: ['STRIPE_SECRET_KEY'] } },
];
const read = (path: string) => readFileSync(new URL(`./fixtures/${path}`, import.meta.url), 'utf8');

describe('deployment and CI files through the engine', () => {
  it('finds tools with their lines; reusable workflows and commented-out keys are hints', async () => {
    const result = await detect(memoryFiles([
      { path: 'docker-compose.yml', content: read('compose/docker-compose.yml') },
      { path: '.env', content: read('compose/.env') },
      { path: '.github/workflows/ci.yml', content: read('github/.github/workflows/ci.yml') },
      { path: '.github/workflows/deploy.yaml', content: read('github/.github/workflows/deploy.yaml') },
      { path: 'infra/versions.tf', content: read('terraform/versions.tf') },
      { path: '.env.production', content: 'SENTRY_DSN=https://x@sentry.io/1\n# STRIPE_SECRET_KEY=sk_live_x\n' },
    ]), {}, { rules, parsers });
    const lines = Object.fromEntries(result.tools.map((tool) => [tool.slug, tool.evidence.map((evidence) => `${evidence.file}:${evidence.line}`)]));
    expect(lines).toEqual({
      'github-actions': ['.github/workflows/ci.yml:20'],
      elasticsearch: ['docker-compose.yml:11'],
      postgresql: ['.github/workflows/ci.yml:13', 'docker-compose.yml:5'],
      redis: ['.github/workflows/ci.yml:16', 'docker-compose.yml:9'],
      sentry: ['.env.production:1'],
      terraform: ['infra/versions.tf:10', 'infra/versions.tf:14', 'infra/versions.tf:19', 'infra/versions.tf:25'],
    });
    expect(result.hints.map((hint) => [hint.slug, hint.reason])).toEqual([['stripe', 'commented out']]);
    expect(result.problems.map((problem) => problem.file)).toEqual(['docker-compose.yml']);
    // What only a reusable workflow uses is no tool of the stack.
    expect(result.tools.find((tool) => tool.slug === 'terraform')!.evidence.some((evidence) => evidence.file.includes('deploy'))).toBe(false);
  });
});
