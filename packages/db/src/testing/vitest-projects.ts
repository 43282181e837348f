import { fileURLToPath } from 'node:url';
import type { TestProjectInlineConfiguration } from 'vitest/config';

const globalSetup = fileURLToPath(new URL('./global-setup.ts', import.meta.url));

/**
 * The vitest projects of a package: pure tests (*.test.ts), and database tests (*.integration.test.ts) on
 * PGlite and, when TEST_DATABASE_URL names a PostgreSQL server, on PostgreSQL too, where the concurrency
 * tests (*.concurrency.test.ts) and the tests of what only PostgreSQL can do (*.postgres.test.ts) also run;
 * *.once.test.ts run on PGlite alone.
 */
export function testProjects(extra: TestProjectInlineConfiguration[] = []): TestProjectInlineConfiguration[] {
  const integration = (engine: 'pglite' | 'postgres'): TestProjectInlineConfiguration => ({
    extends: true,
    test: {
      name: engine,
      // Concurrency tests need real parallel transactions, which only PostgreSQL has, and *.postgres.test.ts what
      // else only it has (the scale dataset's foreign-key switch); tests of what does not depend on the engine
      // but is costly (*.once.test.ts: the built bundle) run once, on the embedded one.
      include: [
        'src/**/*.integration.test.ts',
        ...(engine === 'postgres' ? ['src/**/*.concurrency.test.ts', 'src/**/*.postgres.test.ts'] : ['src/**/*.once.test.ts']),
      ],
      env: { TEST_ENGINE: engine, LOG_LEVEL: process.env.LOG_LEVEL ?? 'silent' },
      globalSetup: [globalSetup],
      testTimeout: 60_000,
      hookTimeout: 120_000,
    },
  });
  return [
    {
      extends: true,
      test: {
        name: 'unit',
        include: ['src/**/*.test.ts'],
        exclude: [
          'src/**/*.integration.test.ts',
          'src/**/*.concurrency.test.ts',
          'src/**/*.postgres.test.ts',
          'src/**/*.once.test.ts',
          'src/**/*.e2e.test.ts',
        ],
      },
    },
    integration('pglite'),
    ...(process.env.TEST_DATABASE_URL ? [integration('postgres')] : []),
    ...extra,
  ];
}
