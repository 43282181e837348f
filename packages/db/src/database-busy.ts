/**
 * No database connection came free within the configured bound (`queueTimeoutMs`): the embedded database's
 * single connection, or every connection of the PostgreSQL pool, stayed busy. The caller gives up at once
 * rather than waiting in a line that keeps growing; the API answers 503 with Retry-After.
 */
export class DatabaseBusyError extends Error {
  readonly waitedMs: number;

  constructor(waitedMs: number, options?: { cause?: unknown }) {
    super(`No database connection came free within ${waitedMs} ms`, options);
    this.name = 'DatabaseBusyError';
    this.waitedMs = waitedMs;
  }
}
