import type { PGlite } from '@electric-sql/pglite';
import {
  CompiledQuery,
  PostgresAdapter,
  PostgresIntrospector,
  PostgresQueryCompiler,
  type DatabaseConnection,
  type Dialect,
  type Driver,
  type Kysely,
  type QueryResult,
} from 'kysely';
import { DatabaseBusyError } from './database-busy.js';

/**
 * A Kysely dialect over an embedded PGlite instance.
 *
 * PGlite is a single connection, so the driver hands it out to one caller at a time: a transaction keeps
 * it until commit or rollback, and every other query waits in line. (The published PGlite dialects did
 * not serialise access when this was written, which interleaves statements of concurrent transactions.)
 * With `queueTimeoutMs`, a caller that has waited that long for its turn gives up with DatabaseBusyError
 * and leaves the line; without it, callers wait however long it takes.
 */
export class PGliteDialect implements Dialect {
  readonly #client: PGlite;
  readonly #queueTimeoutMs: number | undefined;

  constructor(client: PGlite, options: { queueTimeoutMs?: number | undefined } = {}) {
    this.#client = client;
    this.#queueTimeoutMs = options.queueTimeoutMs;
  }

  createAdapter() {
    return new PostgresAdapter();
  }

  createDriver(): Driver {
    return new PGliteDriver(this.#client, this.#queueTimeoutMs);
  }

  createIntrospector(db: Kysely<unknown>) {
    return new PostgresIntrospector(db);
  }

  createQueryCompiler() {
    return new PostgresQueryCompiler();
  }
}

/**
 * A first-in, first-out lock: `acquire` resolves when every earlier holder has released. A waiter with a
 * timeout that runs out is taken out of the line and rejected with DatabaseBusyError; the others keep
 * their places.
 */
class Mutex {
  #held = false;
  readonly #waiting: Array<() => void> = [];

  acquire(timeoutMs?: number): Promise<() => void> {
    if (!this.#held) {
      this.#held = true;
      return Promise.resolve(this.#releaser());
    }
    return new Promise((resolve, reject) => {
      const grant = () => {
        if (timer) clearTimeout(timer);
        resolve(this.#releaser());
      };
      const timer =
        timeoutMs === undefined
          ? undefined
          : setTimeout(() => {
              const place = this.#waiting.indexOf(grant);
              if (place >= 0) this.#waiting.splice(place, 1);
              reject(new DatabaseBusyError(timeoutMs));
            }, timeoutMs);
      this.#waiting.push(grant);
    });
  }

  /** Releases once (a second call does nothing): hands the lock to the next waiter, or frees it. */
  #releaser(): () => void {
    let released = false;
    return () => {
      if (released) return;
      released = true;
      const next = this.#waiting.shift();
      if (next) next();
      else this.#held = false;
    };
  }
}

class PGliteDriver implements Driver {
  readonly #client: PGlite;
  readonly #queueTimeoutMs: number | undefined;
  readonly #mutex = new Mutex();
  readonly #releases = new WeakMap<DatabaseConnection, () => void>();

  constructor(client: PGlite, queueTimeoutMs: number | undefined) {
    this.#client = client;
    this.#queueTimeoutMs = queueTimeoutMs;
  }

  async init(): Promise<void> {
    await this.#client.waitReady;
  }

  async acquireConnection(): Promise<DatabaseConnection> {
    const release = await this.#mutex.acquire(this.#queueTimeoutMs);
    const connection = new PGliteConnection(this.#client);
    this.#releases.set(connection, release);
    return connection;
  }

  async beginTransaction(connection: DatabaseConnection): Promise<void> {
    await connection.executeQuery(CompiledQuery.raw('begin'));
  }

  async commitTransaction(connection: DatabaseConnection): Promise<void> {
    await connection.executeQuery(CompiledQuery.raw('commit'));
  }

  async rollbackTransaction(connection: DatabaseConnection): Promise<void> {
    await connection.executeQuery(CompiledQuery.raw('rollback'));
  }

  async savepoint(connection: DatabaseConnection, name: string): Promise<void> {
    await connection.executeQuery(CompiledQuery.raw(`savepoint ${name}`));
  }

  async rollbackToSavepoint(connection: DatabaseConnection, name: string): Promise<void> {
    await connection.executeQuery(CompiledQuery.raw(`rollback to savepoint ${name}`));
  }

  async releaseSavepoint(connection: DatabaseConnection, name: string): Promise<void> {
    await connection.executeQuery(CompiledQuery.raw(`release savepoint ${name}`));
  }

  async releaseConnection(connection: DatabaseConnection): Promise<void> {
    this.#releases.get(connection)?.();
    this.#releases.delete(connection);
  }

  async destroy(): Promise<void> {
    const release = await this.#mutex.acquire();
    try {
      if (!this.#client.closed) await this.#client.close();
    } finally {
      release();
    }
  }
}

class PGliteConnection implements DatabaseConnection {
  readonly #client: PGlite;

  constructor(client: PGlite) {
    this.#client = client;
  }

  async executeQuery<R>(compiledQuery: CompiledQuery): Promise<QueryResult<R>> {
    const result = await this.#client.query<R>(compiledQuery.sql, [...compiledQuery.parameters], {
      rowMode: 'object',
    });
    const affected = result.affectedRows;
    return {
      rows: result.rows,
      ...(affected !== undefined && isWrite(compiledQuery.sql) ? { numAffectedRows: BigInt(affected) } : {}),
    };
  }

  // eslint-disable-next-line require-yield
  async *streamQuery<R>(): AsyncIterableIterator<QueryResult<R>> {
    throw new Error('Streaming queries are not supported on the embedded database');
  }
}

function isWrite(sqlText: string): boolean {
  return /^\s*(insert|update|delete|merge)\b/i.test(sqlText);
}
