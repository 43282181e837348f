import { chmodSync, lstatSync, mkdirSync, unlinkSync } from 'node:fs';
import { createConnection, createServer, type Socket } from 'node:net';
import { createHash } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { DatabaseHandle } from '@stackyard/db';
import { pino, type Logger } from 'pino';
import { z } from 'zod';
import { parseEnv } from '../env.js';
import { OPERATOR_COMMAND_NAMES, OPERATOR_COMMANDS, type CommandOutput, type OperatorCommandName } from './operator-commands.js';

/**
 * The embedded database can be open in one process only, so while the server runs, the operator scripts
 * (`db:migrate`, `db:seed`, `user:role`, `stats:sync`, `dump`, `backup`) run their command inside it, through a
 * Unix socket named after the data directory. The socket sits in a directory only the server's user may enter (0700): whoever
 * can connect could read the database files anyway.
 *
 * One request per connection, a JSON line: `{"command","args","env"}` (env: the script's environment, for
 * settings such as GITHUB_TOKEN; the database is the server's). Answers, JSON lines: `{"out": line}`,
 * `{"err": line}`, and last `{"exit": code}`.
 */
export function operatorSocketPath(dataDir: string): string {
  // Not inside the data directory: the embedded database's backup copies every file there, and a socket is
  // not one it can copy. The folder's name says whose and which directory's it is.
  const id = createHash('sha256').update(resolve(dataDir)).digest('hex').slice(0, 16);
  return join(tmpdir(), `stackyard-${process.getuid?.() ?? 'user'}-${id}`, 'operator.sock');
}

/** Where the socket was kept before (inside the data directory), removed if a server that crashed left one. */
function formerSocketPath(dataDir: string): string {
  return join(dataDir, '.stackyard', 'operator.sock');
}

const requestSchema = z.object({
  command: z.enum(OPERATOR_COMMAND_NAMES),
  args: z.array(z.string().max(1000)).max(20),
  env: z.record(z.string(), z.union([z.string(), z.number()])),
});
export type OperatorRequest = { command: OperatorCommandName; args: string[]; env: Record<string, string | number | undefined> };

type Answer = { out: string } | { err: string } | { exit: number };

/** A request line longer than this is not one of ours. */
const MAX_REQUEST_BYTES = 64 * 1024;
/** A connection that sends no request within this is closed. */
const REQUEST_TIMEOUT_MS = 10_000;

export interface OperatorListener {
  /** Stops taking commands, waits for those running, and removes the socket. */
  close(): Promise<void>;
}

/** Takes operator commands for the database the server holds. The caller holds the data directory's lock. */
export async function listenForOperators(dataDir: string, database: DatabaseHandle, logger: Logger): Promise<OperatorListener> {
  const path = operatorSocketPath(dataDir);
  preparePrivateDirectory(join(path, '..'));
  // Left by a server that did not stop cleanly; we hold the lock, so it is nobody's.
  unlinkQuietly(path);
  unlinkQuietly(formerSocketPath(dataDir));

  const running = new Set<Promise<void>>();
  const server = createServer((socket) => {
    const task = serve(socket, database, logger).catch((error: unknown) => logger.error({ err: error }, 'operator command failed'));
    running.add(task);
    void task.finally(() => running.delete(task));
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(path, () => {
      server.off('error', reject);
      resolve();
    });
  });
  server.on('error', (error) => logger.error({ err: error }, 'operator socket error'));
  return {
    close: async () => {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await Promise.all([...running]);
      unlinkQuietly(path);
    },
  };
}

/** Creates the socket's directory, or checks an existing one: a real directory of this user, closed to everyone else. */
function preparePrivateDirectory(dir: string): void {
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  const stat = lstatSync(dir);
  if (!stat.isDirectory() || (process.getuid && stat.uid !== process.getuid())) {
    throw new Error(`${dir} is not a directory of this user; operator commands stay off`);
  }
  chmodSync(dir, 0o700);
}

async function serve(socket: Socket, database: DatabaseHandle, logger: Logger): Promise<void> {
  const send = (answer: Answer) => {
    if (socket.writable) socket.write(`${JSON.stringify(answer)}\n`);
  };
  socket.on('error', () => {}); // the script went away; the command still finishes
  const line = await readLine(socket);
  const parsed = requestSchema.safeParse(parseJson(line));
  if (!parsed.success) {
    send({ err: 'Not an operator command.' });
    send({ exit: 2 });
    socket.end();
    return;
  }
  const { command, args } = parsed.data;
  let exit = 1;
  try {
    const env = parseEnv(Object.fromEntries(Object.entries(parsed.data.env).map(([key, value]) => [key, String(value)])));
    const output: CommandOutput = {
      out: (text) => send({ out: text }),
      err: (text) => send({ err: text }),
      logger: pino({ level: env.LOG_LEVEL, base: { service: 'stackyard-api' } }, { write: (text: string) => send({ out: text.trimEnd() }) }),
    };
    logger.info({ command, args }, 'operator command started');
    exit = await OPERATOR_COMMANDS[command](database, args, env, output);
  } catch (error) {
    send({ err: error instanceof Error ? error.message : JSON.stringify(error) });
  }
  logger.info({ command, args, exit }, 'operator command finished');
  send({ exit });
  socket.end();
}

/** The first line a socket sends (bounded in size and time), or null. */
function readLine(socket: Socket): Promise<string | null> {
  return new Promise((resolve) => {
    let buffered = '';
    const done = (line: string | null) => {
      socket.setTimeout(0);
      socket.off('data', onData);
      resolve(line);
    };
    const onData = (chunk: Buffer) => {
      buffered += chunk.toString('utf8');
      const end = buffered.indexOf('\n');
      if (end >= 0) done(buffered.slice(0, end));
      else if (buffered.length > MAX_REQUEST_BYTES) done(null);
    };
    socket.setTimeout(REQUEST_TIMEOUT_MS, () => done(null));
    socket.on('data', onData);
    socket.once('end', () => done(null));
  });
}

function parseJson(text: string | null): unknown {
  if (text === null) return null;
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}

/**
 * Runs a command in the server that listens on `path`, printing what it answers. Resolves to its exit code,
 * or to `{ unreachable }` when nothing takes commands there.
 */
export function sendOperatorCommand(
  path: string,
  request: OperatorRequest,
  print: Pick<CommandOutput, 'out' | 'err'>,
): Promise<number | { unreachable: string }> {
  return new Promise((resolve) => {
    const socket = createConnection(path);
    let connected = false;
    let exit: number | null = null;
    let buffered = '';
    socket.once('connect', () => {
      connected = true;
      socket.write(`${JSON.stringify(request)}\n`);
    });
    socket.on('data', (chunk) => {
      buffered += chunk.toString('utf8');
      for (let end = buffered.indexOf('\n'); end >= 0; end = buffered.indexOf('\n')) {
        const answer = parseJson(buffered.slice(0, end)) as Partial<{ out: string; err: string; exit: number }> | null;
        buffered = buffered.slice(end + 1);
        if (typeof answer?.out === 'string') print.out(answer.out);
        if (typeof answer?.err === 'string') print.err(answer.err);
        if (typeof answer?.exit === 'number') exit = answer.exit;
      }
    });
    socket.on('error', (error: NodeJS.ErrnoException) => {
      if (!connected) resolve({ unreachable: error.code ?? error.message });
    });
    socket.on('close', () => {
      if (!connected) return;
      if (exit === null) print.err('The server closed the connection before the command finished; see its log.');
      resolve(exit ?? 1);
    });
  });
}

function unlinkQuietly(path: string): void {
  try {
    unlinkSync(path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
}
