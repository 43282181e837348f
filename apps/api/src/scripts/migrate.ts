import { migrateToLatest } from '@stackyard/db';
import { connect } from '../database/open-database.js';
import { loadEnv } from '../env.js';

/** `pnpm db:migrate`: applies pending migrations to the database the environment names. */
const env = loadEnv();
const database = await connect(env);
try {
  const applied = await migrateToLatest(database.db);
  console.log(applied.length > 0 ? `Applied: ${applied.join(', ')}` : 'Already up to date.');
} finally {
  await database.close();
}
