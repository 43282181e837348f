import { configDefaults, defineConfig } from 'vitest/config';

// Two projects so the fast pure tests can run alone (`vitest run --project unit`) while the browser
// test, which needs the built API and web app plus a Chromium, runs as `--project browser`.
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          environment: 'node',
          include: ['src/**/*.test.ts'],
          exclude: [...configDefaults.exclude, 'e2e/**'],
        },
      },
      {
        test: {
          name: 'browser',
          environment: 'node',
          include: ['e2e/**/*.e2e.test.ts'],
          // One server on one fresh PostgreSQL database for every browser test file.
          globalSetup: ['e2e/support/global-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 180_000,
        },
      },
    ],
  },
});
