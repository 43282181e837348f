import { CONTENT_CHANGED_CHANNEL } from '@stackyard/db';
import pg from 'pg';
import type { Logger } from 'pino';

/** How long after losing its connection the listener tries again. */
const RECONNECT_MS = 1_000;

/**
 * What kept public answers depend on, known without asking the database: a version that changes when a
 * committed transaction added an event or a moderation log entry (PostgreSQL's notice, see the
 * content_changed migration) and when this process itself changed anything.
 */
export interface ContentChanges {
  /**
   * The version now; null while the listener is not connected, when a notice could be missed and the
   * caller must read the content mark from the database instead.
   */
  version(): string | null;
  /** This process has just changed something: what was kept before is not served again, not even before the notice. */
  wrote(): void;
  close(): Promise<void>;
}

/**
 * Listens on the primary at `url` for notices that public content changed, on a connection of its own,
 * and counts them. Each connection starts a new generation of versions, so whatever happened while it was
 * away counts as a change; until it is back, version() is null.
 */
export function listenForContentChanges(url: string, logger: Logger): ContentChanges {
  let client: pg.Client | null = null;
  let generation = 0;
  let changes = 0;
  let retry: NodeJS.Timeout | null = null;
  let closed = false;

  const lost = (which: pg.Client, error?: unknown) => {
    which.end().catch(() => {});
    if (client === which) {
      client = null;
      if (error) logger.warn({ err: error }, 'not listening for content changes: kept answers read the content mark until it is back');
    }
    if (!closed && !client && !retry) retry = setTimeout(connect, RECONNECT_MS);
  };

  async function connect(): Promise<void> {
    retry = null;
    const next = new pg.Client({ connectionString: url, application_name: 'stackyard content changes' });
    next.on('notification', () => (changes += 1));
    next.on('error', (error) => lost(next, error));
    next.on('end', () => lost(next));
    try {
      await next.connect();
      await next.query(`listen ${CONTENT_CHANGED_CHANNEL}`);
    } catch (error) {
      lost(next, error);
      return;
    }
    if (closed) {
      await next.end().catch(() => {});
      return;
    }
    client = next;
    generation += 1;
  }

  void connect();
  return {
    version: () => (client ? `heard ${generation}.${changes}` : null),
    wrote: () => void (changes += 1),
    async close() {
      closed = true;
      if (retry) clearTimeout(retry);
      const last = client;
      client = null;
      await last?.end().catch(() => {});
    },
  };
}
