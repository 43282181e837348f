import { chmodSync, existsSync, mkdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import { giveTo, launch, postgresUser, waitUntil, type Child } from './processes.js';

/** Debian's PostgreSQL 15 server binaries (initdb, postgres, pg_basebackup). */
export const POSTGRES_BIN = '/usr/lib/postgresql/15/bin';

/**
 * A PostgreSQL primary and its streaming hot standby, each in a folder of its own, started from the
 * machine's PostgreSQL binaries as the `postgres` user when we are root (PostgreSQL refuses to run as root).
 * initdb's own pg_hba.conf lets 127.0.0.1 replicate, with `trust`: both listen on 127.0.0.1 only.
 */
export interface PostgresPair {
  primaryUrl: (database: string) => string;
  replicaUrl: (database: string) => string;
  startPrimary(): Promise<Child>;
  /** Copies the primary afresh (pg_basebackup) unless told to reuse the copy, and starts it as a hot standby. */
  startReplica(fresh?: boolean): Promise<Child>;
}

export interface PairSettings {
  folder: string;
  logs: string;
  primaryPort: number;
  replicaPort: number;
  say?: (line: string) => void;
}

export function postgresPair({ folder, logs, primaryPort, replicaPort, say = () => {} }: PairSettings): PostgresPair {
  const user = postgresUser();
  const primaryDir = path.join(folder, 'primary');
  const replicaDir = path.join(folder, 'replica');
  const url = (port: number) => (database: string) => `postgres://postgres@127.0.0.1:${port}/${database}`;
  const args = (dir: string, port: number) => ['-D', dir, '-p', String(port), '-c', 'listen_addresses=127.0.0.1', '-c', 'unix_socket_directories='];
  mkdirSync(logs, { recursive: true });
  // The postgres user must be able to pass through the folder to reach its own (a mkdtemp folder is 0700).
  if (user) chmodSync(folder, statSync(folder).mode | 0o011);

  return {
    primaryUrl: url(primaryPort),
    replicaUrl: url(replicaPort),
    async startPrimary() {
      if (!existsSync(path.join(primaryDir, 'PG_VERSION'))) {
        say(`creating the primary's database cluster in ${primaryDir}`);
        mkdirSync(primaryDir, { recursive: true, mode: 0o700 });
        giveTo(primaryDir, user);
        await runToEnd(launch('initdb', `${POSTGRES_BIN}/initdb`, ['-D', primaryDir, '--auth=trust', '--username=postgres', '--encoding=UTF8', '--locale=C.UTF-8'], { log: path.join(logs, 'initdb.log'), as: user }));
      }
      say(`starting the PostgreSQL primary on 127.0.0.1:${primaryPort}`);
      const child = launch('primary', `${POSTGRES_BIN}/postgres`, [...args(primaryDir, primaryPort), '-c', 'wal_level=replica', '-c', 'max_wal_senders=5', '-c', 'wal_keep_size=256MB'], { log: path.join(logs, 'primary.log'), as: user });
      await waitUntil(child, 'accepting connections', () => queryOk(url(primaryPort)('postgres'), 'select 1'));
      return child;
    },
    async startReplica(fresh = true) {
      if (fresh || !existsSync(path.join(replicaDir, 'PG_VERSION'))) {
        // Copied afresh, so that it never starts from a copy the primary has moved past.
        say(`copying the primary into a streaming replica (pg_basebackup) in ${replicaDir}`);
        rmSync(replicaDir, { recursive: true, force: true });
        mkdirSync(replicaDir, { recursive: true, mode: 0o700 });
        giveTo(replicaDir, user);
        await runToEnd(launch('pg_basebackup', `${POSTGRES_BIN}/pg_basebackup`, ['-h', '127.0.0.1', '-p', String(primaryPort), '-U', 'postgres', '-D', replicaDir, '-R', '-X', 'stream', '-c', 'fast'], { log: path.join(logs, 'pg_basebackup.log'), as: user }));
      }
      say(`starting the replica (hot standby) on 127.0.0.1:${replicaPort}`);
      const child = launch('replica', `${POSTGRES_BIN}/postgres`, [...args(replicaDir, replicaPort), '-c', 'hot_standby=on'], { log: path.join(logs, 'replica.log'), as: user });
      await waitUntil(child, 'a hot standby', () => queryOk(url(replicaPort)('postgres'), 'select 1 where pg_is_in_recovery()'));
      return child;
    },
  };
}

/** Waits for a one-off command (initdb, pg_basebackup) and throws, naming its log, when it fails. */
async function runToEnd(child: Child): Promise<void> {
  const how = await child.exited;
  if (how !== 'exit 0') throw new Error(`${child.name} failed (${how}): see ${child.log}\n${readFileSync(child.log, 'utf8').trimEnd().split('\n').slice(-15).join('\n')}`);
}

async function queryOk(address: string, text: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: address, connectionTimeoutMillis: 1000 });
  try {
    await client.connect();
    return (await client.query(text)).rowCount === 1;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => {});
  }
}

/** Creates `name` on the server of `adminUrl` unless it exists. */
export async function ensureDatabase(adminUrl: string, name: string): Promise<void> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    const { rowCount } = await client.query('select 1 from pg_database where datname = $1', [name]);
    if (rowCount === 0) await client.query(`create database ${pg.escapeIdentifier(name)}`);
  } finally {
    await client.end();
  }
}
