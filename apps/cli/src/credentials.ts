import { chmod, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import envPaths from 'env-paths';
import { z } from 'zod';
import type { CliEnv } from './env.js';

/** Who the CLI acts as, and where: what `login` stores. */
const credentialsSchema = z.object({
  server: z.url({ protocol: /^https?$/ }),
  token: z.string().min(1),
  username: z.string().min(1),
});
export type Credentials = z.infer<typeof credentialsSchema>;

export function configDir(env: CliEnv): string {
  return env.STACKYARD_CONFIG_DIR ?? envPaths('stackyard', { suffix: '' }).config;
}

const fileOf = (env: CliEnv) => join(configDir(env), 'credentials.json');

/** The stored login; undefined when nobody logged in (or the file is unreadable: login again). */
export async function loadCredentials(env: CliEnv): Promise<Credentials | undefined> {
  try {
    const parsed = credentialsSchema.safeParse(JSON.parse(await readFile(fileOf(env), 'utf8')));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}

/** Stores a login readable by its owner alone (0600, in a 0700 folder): the token is a password. */
export async function saveCredentials(env: CliEnv, credentials: Credentials): Promise<string> {
  const folder = configDir(env);
  await mkdir(folder, { recursive: true, mode: 0o700 });
  const file = fileOf(env);
  await writeFile(file, `${JSON.stringify(credentials, null, 2)}\n`, { mode: 0o600 });
  // A file that existed keeps its old mode through writeFile: set it either way.
  await chmod(file, 0o600);
  return file;
}

export async function removeCredentials(env: CliEnv): Promise<boolean> {
  const existed = (await loadCredentials(env)) !== undefined;
  await rm(fileOf(env), { force: true });
  return existed;
}
