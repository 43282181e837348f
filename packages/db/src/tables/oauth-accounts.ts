import type { Insertable, Selectable } from 'kysely';
import type { CreatedAt } from './common.js';

export interface OauthAccountsTable {
  provider: 'github';
  provider_user_id: string;
  user_id: number;
  created_at: CreatedAt;
}

export type OauthAccountRow = Selectable<OauthAccountsTable>;
export type NewOauthAccount = Insertable<OauthAccountsTable>;
