import type { Engine } from '../database.js';

/** Which engine a test project runs on, set per vitest project (see vitest-projects.ts). */
export function testEngine(engine: string | undefined = process.env.TEST_ENGINE): Engine {
  if (engine === 'pglite' || engine === 'postgres') return engine;
  throw new Error('TEST_ENGINE must be "pglite" or "postgres" in database tests');
}

/** The PostgreSQL server tests may create databases on (postgres://user@host:port/any-db). */
export function testServerUrl(): string {
  const url = process.env.TEST_DATABASE_URL;
  if (!url) throw new Error('TEST_DATABASE_URL is not set');
  return url;
}

/** The same server URL, pointing at another database. */
export function urlForDatabase(serverUrl: string, database: string): string {
  const url = new URL(serverUrl);
  url.pathname = `/${database}`;
  return url.toString();
}

/** A fixed "now" so that the seeded template is the same on every run and engine. */
export const TEST_SEED_NOW = new Date('2026-11-01T00:00:00Z');
