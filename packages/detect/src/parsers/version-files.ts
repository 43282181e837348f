import { baseName } from '../paths.js';
import { Lines } from '../text/lines.js';
import type { Parser, Signal } from '../types.js';

/** The runtime each single-version file pins. */
const FILES: ReadonlyMap<string, string> = new Map([
  ['.nvmrc', 'nodejs'],
  ['.node-version', 'nodejs'],
  ['.python-version', 'python'],
  ['.ruby-version', 'ruby'],
  ['.java-version', 'java'],
]);

/** Words that name no version of the runtime: pyenv's `system`. */
const NOT_A_VERSION = new Set(['system']);

/**
 * `.nvmrc`, `.node-version`, `.python-version`, `.ruby-version` and `.java-version`: the version of one
 * runtime (nodejs, python, ruby, java), one a line (pyenv allows several), `#` comments skipped.
 * `v20.11.0` and `ruby-3.3.0` are versions 20.11.0 and 3.3.0; `lts/iron` stays as written.
 */
export const versionFileParser: Parser = {
  id: 'version file',
  matches: (path) => FILES.has(baseName(path)),
  parse(file) {
    const runtime = FILES.get(baseName(file.path))!;
    const lines = new Lines(file.content);
    const signals: Signal[] = [];
    lines.lines.forEach((raw, index) => {
      const text = raw.replace(/#.*$/, '').trim();
      if (!text || text.length > 100 || NOT_A_VERSION.has(text)) return;
      const version = text.replace(new RegExp(`^(?:${runtime === 'nodejs' ? 'node-?|' : ''}${runtime}-)`), '').replace(/^v(?=\d)/, '');
      signals.push({ kind: 'runtime', name: runtime, version, line: index + 1, snippet: lines.snippet(index + 1), scope: 'runtime' });
    });
    return { signals };
  },
};
