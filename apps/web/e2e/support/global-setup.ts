import { fileURLToPath } from 'node:url';
import type { TestProject } from 'vitest/node';
import { startApiServer } from './api-server.js';
import { createTestDatabase } from './test-database.js';

const apiMainPath = fileURLToPath(new URL('../../../api/dist/main.js', import.meta.url));
const webDistPath = fileURLToPath(new URL('../../dist', import.meta.url));

declare module 'vitest' {
  export interface ProvidedContext {
    /** Origin of the built server every browser test file talks to. */
    siteOrigin: string;
    /** Where that server's database is, for the operator's scripts (see operator.ts). */
    databaseEnv: Record<string, string>;
  }
}

/**
 * Once for all browser test files: a PostgreSQL database of their own, and the production server (API and
 * pages, built) on it with the demo community. Each file opens its own browser against it.
 */
export default async function setup(project: TestProject) {
  const database = await createTestDatabase();
  const server = await startApiServer({ mainPath: apiMainPath, webDir: webDistPath, databaseUrl: database?.url });
  project.provide('siteOrigin', server.origin);
  project.provide('databaseEnv', server.databaseEnv);
  return async () => {
    await server.stop();
    await database?.drop();
  };
}
