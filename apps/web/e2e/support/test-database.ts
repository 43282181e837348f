import { randomBytes } from 'node:crypto';
import pg from 'pg';

export interface TestDatabase {
  url: string;
  drop(): Promise<void>;
}

/**
 * A fresh PostgreSQL database on the server TEST_DATABASE_URL names, dropped afterwards. CI always sets it
 * (.ci/run); without it, outside CI, the browser tests run on the embedded database instead.
 */
export async function createTestDatabase(): Promise<TestDatabase | null> {
  const serverUrl = process.env.TEST_DATABASE_URL;
  if (!serverUrl) {
    if (process.env.CI === 'true') throw new Error('TEST_DATABASE_URL must name a PostgreSQL server in CI: the browser tests run on it.');
    console.warn('TEST_DATABASE_URL is not set: the browser tests run on the embedded database.');
    return null;
  }
  const name = `stackyard_e2e_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  try {
    await admin.query(`create database ${name}`);
  } finally {
    await admin.end();
  }
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return {
    url: url.href,
    drop: async () => {
      const client = new pg.Client({ connectionString: serverUrl });
      await client.connect();
      try {
        await client.query(`drop database if exists ${name} with (force)`);
      } finally {
        await client.end();
      }
    },
  };
}
