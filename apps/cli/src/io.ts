import { createInterface } from 'node:readline/promises';

/** What a command may do with the terminal: tests give their own. */
export interface Io {
  /** A line of the command's output (stdout). */
  out(line: string): void;
  /** A line for the person (stderr): messages and errors, never data. */
  err(line: string): void;
  /** A progress line that replaces the previous one, shown only on a terminal; empty text clears it. */
  progress(text: string): void;
  /** Asks a question on the terminal; undefined when there is no terminal to ask on. */
  ask?(question: string, options?: { secret?: boolean }): Promise<string>;
  cwd: string;
}

/** The real terminal: progress and questions only when stderr and stdin are one. */
export function terminalIo(): Io {
  const interactive = Boolean(process.stderr.isTTY);
  let shown = false;
  return {
    out: (line) => process.stdout.write(`${line}\n`),
    err: (line) => process.stderr.write(`${line}\n`),
    progress: (text) => {
      if (!interactive) return;
      const width = process.stderr.columns ?? 80;
      process.stderr.write(`\r\u001b[2K${text.slice(0, width - 1)}`);
      shown = text.length > 0;
      if (!shown) process.stderr.write('\r');
    },
    ask: process.stdin.isTTY && interactive ? askOnTerminal : undefined,
    cwd: process.cwd(),
  };
}

async function askOnTerminal(question: string, options: { secret?: boolean } = {}): Promise<string> {
  const readline = createInterface({ input: process.stdin, output: process.stderr, terminal: true });
  if (options.secret) {
    // Echo nothing of what is typed after the question (a token is a password).
    const write = (readline as unknown as { _writeToOutput: (text: string) => void })._writeToOutput;
    (readline as unknown as { _writeToOutput: (text: string) => void })._writeToOutput = (text: string) => {
      if (text.startsWith(question)) write.call(readline, question);
    };
  }
  try {
    const answer = await readline.question(question);
    if (options.secret) process.stderr.write('\n');
    return answer.trim();
  } finally {
    readline.close();
  }
}
