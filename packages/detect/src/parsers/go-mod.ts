import { baseName } from '../paths.js';
import { Lines } from '../text/lines.js';
import type { Parser, Signal } from '../types.js';

/** A module path and its version, quoted or not: `github.com/gin-gonic/gin v1.10.0`, `"example.com/x" v0.1.0`. */
const REQUIREMENT = /^(?:"([^"]+)"|`([^`]+)`|([^\s"`]+))\s+(v\S+)$/;

function requirement(text: string): { name: string; version: string } | undefined {
  const match = REQUIREMENT.exec(text.trim());
  if (!match) return undefined;
  return { name: (match[1] ?? match[2] ?? match[3])!, version: match[4]! };
}

/** A line without its `//` comment, and the comment (`indirect`), when there is one outside quotes. */
function splitComment(text: string): { code: string; comment?: string } {
  let quote = '';
  for (let i = 0; i < text.length; i++) {
    const char = text[i]!;
    if (quote) {
      if (char === quote) quote = '';
    } else if (char === '"' || char === '`') {
      quote = char;
    } else if (char === '/' && text[i + 1] === '/') {
      return { code: text.slice(0, i).trim(), comment: text.slice(i + 2).trim() };
    }
  }
  return { code: text.trim() };
}

/** `// indirect` (alone or among other words: `// indirect; see #12`) marks a module only something else needs. */
const isIndirect = (comment: string | undefined) => comment !== undefined && /^indirect\b/.test(comment);

/**
 * go.mod: the module it declares, the Go version and toolchain it needs (runtime `go`) and every module it
 * requires directly, in single lines and blocks. `// indirect` modules are transitive and never signals;
 * `replace`, `exclude`, `retract` and `tool` say nothing about the stack. A requirement commented out
 * inside a block is a hint.
 */
export const goModParser: Parser = {
  id: 'go.mod',
  workspaceManifest: true,
  matches: (path) => baseName(path) === 'go.mod',
  parse(file) {
    const lines = new Lines(file.content);
    const signals: Signal[] = [];
    const problems: string[] = [];
    let packageName: string | undefined;
    /** The directive of the block the line is in: `require (` ... `)`. */
    let block: string | undefined;
    let blockLine = 0;
    lines.lines.forEach((raw, index) => {
      const line = index + 1;
      const snippet = raw.trim();
      const { code, comment } = splitComment(raw);
      if (block !== undefined) {
        if (code === ')') {
          block = undefined;
          return;
        }
        if (block !== 'require') return;
        if (!code) {
          // `// github.com/foo/bar v1.2.3` in a require block: a requirement someone took out.
          const commented = comment ? requirement(comment) : undefined;
          if (commented) signals.push({ kind: 'gomod', name: commented.name, version: commented.version, line, snippet, scope: 'runtime', hint: 'commented out' });
          return;
        }
        const found = requirement(code);
        if (found && !isIndirect(comment)) signals.push({ kind: 'gomod', name: found.name, version: found.version, line, snippet, scope: 'runtime' });
        return;
      }
      if (!code) return;
      const directive = /^([a-z]+)\b\s*(.*)$/.exec(code);
      if (!directive) return;
      const [, keyword, rest] = directive as unknown as [string, string, string];
      if (rest === '(') {
        block = keyword;
        blockLine = line;
        return;
      }
      switch (keyword) {
        case 'module':
          packageName = rest.replace(/^["`]|["`]$/g, '') || undefined;
          break;
        case 'go':
          if (rest) signals.push({ kind: 'runtime', name: 'go', version: rest, line, snippet, scope: 'runtime' });
          break;
        case 'toolchain':
          if (rest && rest !== 'default') signals.push({ kind: 'runtime', name: 'go', version: rest.replace(/^go/, ''), line, snippet, scope: 'runtime' });
          break;
        case 'require': {
          const found = requirement(rest);
          if (found && !isIndirect(comment)) signals.push({ kind: 'gomod', name: found.name, version: found.version, line, snippet, scope: 'runtime' });
          break;
        }
      }
    });
    if (block !== undefined) problems.push(`not valid go.mod: the ${block} block opened at line ${blockLine} is never closed`);
    return { signals, problems, packageName };
  },
};
