import { randomBytes } from 'node:crypto';
import { rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import type { TestProject } from 'vitest/node';
import { createDatabase } from '../database.js';
import { migrateToLatest } from '../migrator.js';
import { seed } from '../seed/index.js';
import { TEST_SEED_NOW, testEngine, testServerUrl, urlForDatabase } from './engines.js';
import './provided-context.js';

/**
 * Builds one migrated and seeded template per test run, which every test file clones into a database of
 * its own: a PGlite data directory dump, or a PostgreSQL database used as CREATE DATABASE ... TEMPLATE.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  // The project's env applies to its test workers, not to this process: read it from the config.
  const engine = testEngine(project.config.env?.TEST_ENGINE);
  if (engine === 'pglite') {
    const handle = createDatabase({ dataDir: 'memory://' });
    await migrateToLatest(handle.db);
    await seed(handle.db, { demo: true, now: TEST_SEED_NOW });
    const dump = await handle.pglite!.dumpDataDir('none');
    await handle.close();
    const path = join(tmpdir(), `stackyard-template-${process.pid}-${randomBytes(4).toString('hex')}.tar`);
    await writeFile(path, Buffer.from(await dump.arrayBuffer()));
    project.provide('pgliteTemplate', path);
    return () => rm(path, { force: true });
  }

  const serverUrl = testServerUrl();
  const template = `stackyard_tpl_${process.pid}_${randomBytes(3).toString('hex')}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`create database ${template}`);
  const handle = createDatabase({ url: urlForDatabase(serverUrl, template), poolSize: 2 });
  await migrateToLatest(handle.db);
  await seed(handle.db, { demo: true, now: TEST_SEED_NOW });
  await handle.close();
  project.provide('postgresTemplate', template);
  return async () => {
    // Clones left by a crashed worker share the template's prefix; drop them with it.
    const { rows } = await admin.query<{ datname: string }>(
      `select datname from pg_database where datname like $1`,
      [`${template}%`],
    );
    for (const { datname } of rows) await admin.query(`drop database if exists ${datname} with (force)`);
    await admin.end();
  };
}
