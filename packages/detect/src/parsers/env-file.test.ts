import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { dotEnvValues, envFileParser } from './env-file.js';

const fixture = (path: string) => readFileSync(new URL(`./fixtures/env-file/${path}`, import.meta.url), 'utf8');
const context = { readText: () => undefined };

describe('env files', () => {
  it('reads .env and .env.* but not .envrc or other files', () => {
    for (const path of ['.env', '.env.example', 'apps/api/.env.local', '.env.sample']) expect(envFileParser.matches(path), path).toBe(true);
    for (const path of ['.envrc', 'env', '.env.', 'config.env']) expect(envFileParser.matches(path), path).toBe(false);
  });

  it('names each key, never showing its value; commented-out keys are hints', () => {
    const { signals } = envFileParser.parse({ path: '.env.example', content: fixture('.env.example') }, context);
    expect(signals).toEqual([
      { kind: 'env', name: 'DATABASE_URL', line: 2, snippet: 'DATABASE_URL=…', scope: 'runtime', hint: undefined },
      { kind: 'env', name: 'REDIS_URL', line: 3, snippet: 'export REDIS_URL=…', scope: 'runtime', hint: undefined },
      { kind: 'env', name: 'STRIPE_SECRET_KEY', line: 4, snippet: 'STRIPE_SECRET_KEY=', scope: 'runtime', hint: undefined },
      { kind: 'env', name: 'SENTRY_DSN', line: 5, snippet: 'SENTRY_DSN =…', scope: 'runtime', hint: undefined },
      { kind: 'env', name: 'BRAINTREE_MERCHANT_ID', line: 8, snippet: '# BRAINTREE_MERCHANT_ID=…', scope: 'runtime', hint: 'commented out' },
      { kind: 'env', name: 'ALGOLIA_APP_ID', line: 9, snippet: '#ALGOLIA_APP_ID=', scope: 'runtime', hint: 'commented out' },
    ]);
  });

  it('gives the values a compose file resolves its images from', () => {
    expect([...dotEnvValues(fixture('.env.example'))]).toEqual([
      ['DATABASE_URL', 'postgres://app:app@localhost:5432/app'],
      ['REDIS_URL', 'redis://localhost:6379'],
      ['STRIPE_SECRET_KEY', ''],
      ['SENTRY_DSN', 'https://public@sentry.example.com/1'],
    ]);
  });

  it('never throws on junk', () => {
    expect(envFileParser.parse({ path: '.env', content: '\u0000\uFFFD=\n=\n==x\n'.repeat(1000) }, context).signals).toEqual([]);
  });
});
