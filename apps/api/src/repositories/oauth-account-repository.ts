import type { Db } from '@stackyard/db';

export async function findUserIdByOauthAccount(db: Db, provider: 'github', providerUserId: string): Promise<number | undefined> {
  const row = await db
    .selectFrom('oauth_accounts')
    .select('user_id')
    .where('provider', '=', provider)
    .where('provider_user_id', '=', providerUserId)
    .executeTakeFirst();
  return row?.user_id;
}

export async function insertOauthAccount(db: Db, account: { provider: 'github'; providerUserId: string; userId: number }): Promise<void> {
  await db
    .insertInto('oauth_accounts')
    .values({ provider: account.provider, provider_user_id: account.providerUserId, user_id: account.userId })
    .execute();
}
