import { slugify } from '@stackyard/domain';
import { CliError, EXIT } from '../cli-error.js';
import type { CliEnv } from '../env.js';
import type { Io } from '../io.js';
import { readProjectFile } from '../project-file.js';
import { requireLogin } from './account.js';

/** `stackyard badge [--stack NAME]`: Markdown for a README badge that links to the stack's page. */
export async function badgeCommand(io: Io, env: CliEnv, options: { stack?: string }): Promise<number> {
  const login = await requireLogin(env);
  const name = options.stack ?? (await readProjectFile(io.cwd)).stack;
  if (!name) throw new CliError('Which stack? Pass --stack NAME (or set "stack" in stackyard.json)', EXIT.usage);
  if (!login.username) throw new CliError('The badge needs the stored login: run `stackyard login`', EXIT.unauthorized);
  const path = `/stacks/${login.username}/${slugify(name)}`;
  io.out(`[![Stack on Stackyard](${login.server}/api/v1${path}/badge.svg)](${login.server}${path})`);
  return EXIT.ok;
}
