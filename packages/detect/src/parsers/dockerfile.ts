import { baseName } from '../paths.js';
import { Lines } from '../text/lines.js';
import type { Parser, Signal } from '../types.js';
import { imageVersion, interpolate } from './compose.js';

/** A word of an instruction, with the line it is written on. */
interface Word {
  text: string;
  line: number;
  /** `&&`, `||`, `;`, `|`, `&`: where one shell command ends. */
  operator?: boolean;
}

interface Instruction {
  keyword: string;
  line: number;
  words: Word[];
}

/**
 * The instructions of a Dockerfile: continuation lines joined (comment lines inside them dropped, as Docker
 * does), heredoc bodies (`RUN <<EOF`) kept as lines of their own command, each word with its own line.
 */
function instructions(lines: Lines): Instruction[] {
  const result: Instruction[] = [];
  let escape = '\\';
  const first = lines.lines[0]?.trim() ?? '';
  const directive = /^#\s*escape\s*=\s*([\\`])\s*$/i.exec(first);
  if (directive) escape = directive[1]!;
  let current: Instruction | undefined;
  let heredoc: string | undefined;
  for (let index = 0; index < lines.lines.length; index++) {
    const raw = lines.lines[index]!;
    const line = index + 1;
    if (heredoc !== undefined) {
      if (raw.trim() === heredoc) {
        heredoc = undefined;
        current = undefined;
        continue;
      }
      words(raw, line, current!.words).push({ text: ';', line, operator: true });
      continue;
    }
    const text = raw.trim();
    if (!current) {
      if (!text || text.startsWith('#')) continue;
      const keyword = /^([A-Za-z]+)\b/.exec(text)?.[1];
      if (!keyword) continue;
      current = { keyword: keyword.toUpperCase(), line, words: [] };
      result.push(current);
      const rest = raw.slice(raw.indexOf(keyword) + keyword.length);
      appendPart(current, rest, line);
    } else {
      if (!text || text.startsWith('#')) continue;
      appendPart(current, raw, line);
    }
    const continued = text.endsWith(escape);
    if (!continued) {
      const marker = current.words.find((word) => /^<<-?["']?[A-Za-z_][A-Za-z0-9_]*["']?$/.test(word.text));
      if (marker) heredoc = marker.text.replace(/^<<-?["']?|["']$/g, '');
      else current = undefined;
    }
  }

  function appendPart(instruction: Instruction, part: string, line: number) {
    const trimmed = part.trimEnd();
    const body = trimmed.endsWith(escape) ? trimmed.slice(0, -1) : trimmed;
    words(body, line, instruction.words);
  }
  return result;
}

/** Characters that end a word: blanks and the shell's operators. */
const BREAKS = new Set([' ', '\t', '\r', ';', '|', '&', '(', ')']);

/** A line's words, quotes dropped, shell operators split off; a `#` word starts a comment. */
function words(text: string, line: number, result: Word[]): Word[] {
  let i = 0;
  while (i < text.length) {
    const char = text[i]!;
    if (char === ' ' || char === '\t' || char === '\r') {
      i++;
      continue;
    }
    if (char === '#') break;
    if (BREAKS.has(char)) {
      const double = (char === '&' || char === '|') && text[i + 1] === char;
      result.push({ text: double ? char + char : char, line, operator: true });
      i += double ? 2 : 1;
      continue;
    }
    const start = i;
    let quoted = false;
    while (i < text.length && !BREAKS.has(text[i]!)) {
      const c = text[i]!;
      if (c === '"' || c === "'") {
        quoted = true;
        const end = text.indexOf(c, i + 1);
        i = end < 0 ? text.length : end + 1;
      } else {
        i++;
      }
    }
    const raw = text.slice(start, i);
    const word = quoted ? raw.replace(/["']/g, '') : raw;
    if (word) result.push({ text: word, line });
  }
  return result;
}

/** Package managers, the subcommand that installs, and the options that take a value of their own. */
const INSTALLERS: Record<string, { install: string[]; valued: string[] }> = {
  'apt-get': { install: ['install'], valued: ['-o', '-t', '--target-release', '-c', '--config-file'] },
  apt: { install: ['install'], valued: ['-o', '-t', '--target-release', '-c', '--config-file'] },
  apk: { install: ['add'], valued: ['-t', '--virtual', '-X', '--repository', '--arch', '-p', '--root', '--cache-dir', '--keys-dir'] },
  yum: { install: ['install'], valued: ['-c', '--config', '--enablerepo', '--disablerepo', '--releasever', '--installroot', '-R', '--exclude', '-x'] },
  dnf: { install: ['install'], valued: ['-c', '--config', '--enablerepo', '--disablerepo', '--releasever', '--installroot', '--setopt', '--exclude', '-x'] },
  microdnf: { install: ['install'], valued: ['--enablerepo', '--disablerepo', '--setopt', '--releasever'] },
};

/** `nginx=1.25.*`, `curl~8`, `libc6:amd64` are the packages nginx, curl, libc6. */
function packageName(word: string): string | undefined {
  if (word.includes('$') || word.includes('/') || /\.(?:deb|rpm|apk)$/.test(word)) return undefined;
  const name = word.split(/[=<>~]/)[0]!.split(':')[0]!;
  return /^[A-Za-z0-9][A-Za-z0-9.+_-]*$/.test(name) ? name : undefined;
}

/** The packages one shell command installs, with the line of each. */
function installed(command: Word[]): Word[] {
  let start = 0;
  while (start < command.length && (/^[A-Za-z_][A-Za-z0-9_]*=/.test(command[start]!.text) || ['sudo', 'env'].includes(command[start]!.text))) start++;
  const program = command[start]?.text;
  const installer = program ? INSTALLERS[baseName(program)] : undefined;
  if (!installer) return [];
  const packages: Word[] = [];
  let subcommand: string | undefined;
  for (let i = start + 1; i < command.length; i++) {
    const word = command[i]!;
    if (word.text.startsWith('-')) {
      if (installer.valued.includes(word.text)) i++;
      continue;
    }
    if (subcommand === undefined) {
      subcommand = word.text;
      if (!installer.install.includes(subcommand)) return [];
      continue;
    }
    const name = packageName(word.text);
    if (name) packages.push({ text: name, line: word.line });
  }
  return packages;
}

/** Dockerfile, Dockerfile.prod, api.Dockerfile, Containerfile. */
export function isDockerfile(path: string): boolean {
  const name = baseName(path).toLowerCase();
  return /^(?:dockerfile|containerfile)(?:\.[^/]+)?$/.test(name) || name.endsWith('.dockerfile');
}

/**
 * Dockerfiles: the image each stage starts `FROM` (with the `ARG`s before the first `FROM` resolved; an
 * earlier stage or `scratch` is no image), and the system packages `RUN` installs with apt-get, apt, apk,
 * yum or dnf, each on the line it is written on.
 */
export const dockerfileParser: Parser = {
  id: 'Dockerfile',
  matches: isDockerfile,
  parse(file) {
    const lines = new Lines(file.content);
    const signals: Signal[] = [];
    const problems: string[] = [];
    const args = new Map<string, string>();
    const stages = new Set<string>();
    let seenFrom = false;
    for (const instruction of instructions(lines)) {
      const plain = instruction.words.filter((word) => !word.operator);
      if (instruction.keyword === 'ARG' && !seenFrom) {
        for (const word of plain) {
          const eq = word.text.indexOf('=');
          if (eq > 0) args.set(word.text.slice(0, eq), word.text.slice(eq + 1));
        }
      } else if (instruction.keyword === 'FROM') {
        seenFrom = true;
        const operands = plain.filter((word) => !word.text.startsWith('--'));
        const image = operands[0];
        const as = operands.findIndex((word) => word.text.toLowerCase() === 'as');
        const stage = as > 0 ? operands[as + 1]?.text.toLowerCase() : undefined;
        if (image) {
          const { value, unresolved } = interpolate(image.text, (name) => args.get(name));
          const lower = value.toLowerCase();
          if (unresolved.length > 0 || !value) {
            problems.push(`FROM ${image.text} (line ${image.line}) names ${unresolved.join(', ')} that no ARG before it sets`);
          } else if (lower !== 'scratch' && !stages.has(lower)) {
            signals.push({ kind: 'docker', name: value, version: imageVersion(value), line: image.line, snippet: lines.snippet(image.line), scope: 'runtime' });
          }
        }
        if (stage) stages.add(stage);
      } else if (instruction.keyword === 'RUN') {
        let command: Word[] = [];
        const flush = () => {
          for (const word of installed(command)) {
            signals.push({ kind: 'apt', name: word.text, line: word.line, snippet: lines.snippet(word.line), scope: 'runtime' });
          }
          command = [];
        };
        // `RUN --mount=... --network=none apt-get ...`: the flags of RUN itself come first.
        let start = 0;
        while (start < instruction.words.length && instruction.words[start]!.text.startsWith('--')) start++;
        for (const word of instruction.words.slice(start)) {
          if (word.operator) flush();
          else command.push(word);
        }
        flush();
      }
    }
    return { signals, problems };
  },
};
