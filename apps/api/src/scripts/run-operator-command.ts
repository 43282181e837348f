import { DataDirLockedError, type DatabaseHandle } from '@stackyard/db';
import { connect } from '../database/open-database.js';
import { loadEnv } from '../env.js';
import { createLogger } from '../logger.js';
import { operatorSocketPath, sendOperatorCommand } from './operator-channel.js';
import { OPERATOR_COMMANDS, type CommandOutput, type OperatorCommandName } from './operator-commands.js';

/**
 * The body of each operator script: runs the command on the database the environment names; when that is
 * the embedded database and a running server has it open, runs it inside that server instead (see
 * operator-channel.ts), and when that server cannot be reached, says so, naming it, and exits 1.
 */
export async function runOperatorCommand(command: OperatorCommandName, args: string[] = process.argv.slice(2)): Promise<void> {
  const env = loadEnv();
  const print: Pick<CommandOutput, 'out' | 'err'> = { out: (line) => console.log(line), err: (line) => console.error(line) };
  let database: DatabaseHandle;
  try {
    database = await connect(env, 'maintenance');
  } catch (error) {
    if (!(error instanceof DataDirLockedError)) throw error;
    process.exitCode = await runInServer(error, command, args, env, print);
    return;
  }
  try {
    process.exitCode = await OPERATOR_COMMANDS[command](database, args, env, { ...print, logger: createLogger(env) });
  } finally {
    await database.close();
  }
}

async function runInServer(
  locked: DataDirLockedError,
  command: OperatorCommandName,
  args: string[],
  env: ReturnType<typeof loadEnv>,
  print: Pick<CommandOutput, 'out' | 'err'>,
): Promise<number> {
  print.err(`Process ${locked.holder.pid} has the embedded database open: asking it to run ${command}.`);
  // The settings that travel as text; the server parses them again (structured ones, such as TRUST_PROXY,
  // say nothing to an operator command).
  const settings: Record<string, string | number> = {};
  for (const [key, value] of Object.entries(env)) if (typeof value === 'string' || typeof value === 'number') settings[key] = value;
  const answer = await sendOperatorCommand(operatorSocketPath(locked.dataDir), { command, args, env: settings }, print);
  if (typeof answer === 'number') return answer;
  print.err(`Could not reach it (${answer.unreachable} on ${operatorSocketPath(locked.dataDir)}), so ${command} did not run.`);
  print.err(locked.message);
  return 1;
}
