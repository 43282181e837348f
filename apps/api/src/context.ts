import type { Database, Engine } from '@stackyard/db';
import type { Kysely } from 'kysely';
import type { Logger } from 'pino';

/** What the routers need from the running process: built once in main.ts (or by a test). */
export interface AppContext {
  db: Kysely<Database>;
  engine: Engine;
  logger: Logger;
  /** Directory of the built web app to serve; null serves the API alone. */
  webDir: string | null;
}
