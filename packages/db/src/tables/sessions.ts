import type { Insertable, Selectable } from 'kysely';
import type { CreatedAt, DefaultedTimestamp, Timestamp } from './common.js';

export interface SessionsTable {
  /** Hex SHA-256 of the token held in the cookie; the token itself is never stored. */
  id: string;
  user_id: number;
  expires_at: Timestamp;
  last_verified_at: DefaultedTimestamp;
  user_agent: string | null;
  ip: string | null;
  created_at: CreatedAt;
}

export type SessionRow = Selectable<SessionsTable>;
export type NewSession = Insertable<SessionsTable>;
