import type { Database } from '@stackyard/db';
import { sql, type Kysely } from 'kysely';

/** Where the primary's write-ahead log ends now. */
export async function currentWalPosition(primary: Kysely<Database>): Promise<string> {
  const { rows } = await sql<{ lsn: string }>`select pg_current_wal_lsn()::text as lsn`.execute(primary);
  return rows[0]!.lsn;
}

export interface ReplayState {
  /** Whether it is a standby at all (a promoted or misconfigured one is not). */
  standby: boolean;
  /** How many bytes of the primary's log (up to `primaryLsn`) it has not replayed yet. */
  bytesBehind: number;
  /** Seconds since the last transaction it replayed was committed on the primary (null before any). */
  secondsSinceReplay: number | null;
}

/** How far a standby's replay is behind `primaryLsn` (unknown, so infinitely far, without one). */
export async function replayState(replica: Kysely<Database>, primaryLsn: string | null): Promise<ReplayState> {
  const { rows } = await sql<{ standby: boolean; bytesBehind: string | null; secondsSinceReplay: string | null }>`
    select pg_is_in_recovery() as standby,
           pg_wal_lsn_diff(${primaryLsn}::pg_lsn, pg_last_wal_replay_lsn())::text as "bytesBehind",
           extract(epoch from now() - pg_last_xact_replay_timestamp())::text as "secondsSinceReplay"`.execute(replica);
  const row = rows[0]!;
  return {
    standby: row.standby,
    bytesBehind: row.bytesBehind === null ? Number.POSITIVE_INFINITY : Math.max(0, Number(row.bytesBehind)),
    secondsSinceReplay: row.secondsSinceReplay === null ? null : Number(row.secondsSinceReplay),
  };
}
