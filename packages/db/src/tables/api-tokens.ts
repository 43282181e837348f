import type { Insertable, Selectable } from 'kysely';
import type { CreatedAt, Id, NullableTimestamp } from './common.js';

export interface ApiTokensTable {
  id: Id;
  user_id: number;
  name: string;
  /** Hex SHA-256 of the token; the token is shown to its owner once and never stored. */
  token_hash: string;
  last_used_at: NullableTimestamp;
  created_at: CreatedAt;
  /** When the token stops working; null for a token that never expires. */
  expires_at: NullableTimestamp;
}

export type ApiTokenRow = Selectable<ApiTokensTable>;
export type NewApiToken = Insertable<ApiTokensTable>;
