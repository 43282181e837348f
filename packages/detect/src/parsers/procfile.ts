import { baseName } from '../paths.js';
import { Lines } from '../text/lines.js';
import type { Parser, Signal } from '../types.js';

/** Words that run the program after them: `bundle exec puma` runs puma. */
const WRAPPERS: ReadonlyArray<readonly string[]> = [
  ['bundle', 'exec'], ['python', '-m'], ['python3', '-m'], ['poetry', 'run'], ['uv', 'run'], ['pipenv', 'run'],
  ['pnpm', 'exec'], ['pnpm', 'dlx'], ['yarn', 'exec'], ['npm', 'exec'], ['npx'], ['pnpm'], ['exec'], ['env'], ['nohup'],
];

/**
 * The program a command line runs: environment assignments (`FOO=1`) and wrappers (`bundle exec`,
 * `python -m`, `npx`, `pnpm`, `exec`) dropped, then the first word's base name: `bin/rails server` is rails.
 */
export function firstProgram(command: string): { name: string; version?: string } | undefined {
  const words = command.trim().split(/\s+/).filter(Boolean);
  let i = 0;
  for (let progress = true; progress && i < words.length;) {
    progress = false;
    while (i < words.length && /^[A-Za-z_][A-Za-z0-9_]*=/.test(words[i]!)) {
      i++;
      progress = true;
    }
    for (const wrapper of WRAPPERS) {
      if (wrapper.every((word, offset) => words[i + offset] === word) && i + wrapper.length < words.length) {
        i += wrapper.length;
        progress = true;
        break;
      }
    }
    // `npx -y prisma`, `npx --yes`: options of the wrapper.
    while (progress && i < words.length - 1 && words[i]!.startsWith('-')) i++;
  }
  const word = words[i]?.replace(/^["']|["';&|]+$/g, '');
  if (!word || word.startsWith('$') || word.startsWith('-')) return undefined;
  const base = word.slice(word.lastIndexOf('/') + 1);
  // `npx create-foo@1.2` names a package and its version.
  const at = base.lastIndexOf('@');
  if (at > 0) return { name: base.slice(0, at), version: base.slice(at + 1) };
  return base ? { name: base } : undefined;
}

/**
 * Procfile (and Procfile.dev): each process's program (`web: bundle exec puma -C config/puma.rb` runs puma).
 * A commented-out process is a hint.
 */
export const procfileParser: Parser = {
  id: 'Procfile',
  matches: (path) => /^Procfile(?:\.[^/]+)?$/.test(baseName(path)),
  parse(file) {
    const lines = new Lines(file.content);
    const scope = /\.(?:dev|development|local)$/i.test(file.path) ? 'dev' : 'runtime';
    const signals: Signal[] = [];
    lines.lines.forEach((raw, index) => {
      let text = raw.trim();
      const commented = text.startsWith('#');
      if (commented) text = text.replace(/^#+\s*/, '');
      const match = /^([A-Za-z0-9_-]+)\s*:\s*(.+)$/.exec(text);
      if (!match) return;
      const program = firstProgram(match[2]!);
      if (!program) return;
      signals.push({ kind: 'command', name: program.name, version: program.version, line: index + 1, snippet: raw.trim(), scope, hint: commented ? 'commented out' : undefined });
    });
    return { signals };
  },
};
