import { createTestDatabase } from '@stackyard/db/testing';
import type { DatabaseHandle } from '@stackyard/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { grantRole } from './account-service.js';
import { signUp } from './auth-service.js';

describe('roles', () => {
  let database: DatabaseHandle;
  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(() => database.close());

  it('makes a member an admin by username, in any case, and refuses unknown people', async () => {
    const user = await signUp(database.db, { username: 'First-Admin', email: 'first@example.org', password: 'a long admin secret' });
    expect(user.role).toBe('member');
    expect((await grantRole(database.db, 'first-admin', 'admin')).role).toBe('admin');
    expect((await grantRole(database.db, 'FIRST-ADMIN', 'moderator')).role).toBe('moderator');
    await expect(grantRole(database.db, 'nobody-at-all', 'admin')).rejects.toThrow(/nobody-at-all/);
  });
});
