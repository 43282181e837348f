import { baseName } from '../paths.js';
import { Lines } from '../text/lines.js';
import type { Parser, Signal } from '../types.js';

/**
 * `.tool-versions` (asdf, mise): `name version [version...]` a line; the runtime is named as written
 * (`nodejs`, `python`, `terraform`). A line commented out whose second word is a version is a hint.
 */
export const toolVersionsParser: Parser = {
  id: '.tool-versions',
  matches: (path) => baseName(path) === '.tool-versions',
  parse(file) {
    const lines = new Lines(file.content);
    const signals: Signal[] = [];
    lines.lines.forEach((raw, index) => {
      const line = index + 1;
      let text = raw.trim();
      const commented = text.startsWith('#');
      if (commented) text = text.replace(/^#+\s*/, '');
      const [name, version] = text.replace(/\s#.*$/, '').split(/\s+/);
      if (!name || !version || !/^[A-Za-z0-9][\w.-]*$/.test(name)) return;
      // Prose in a comment has words too: only "# ruby 3.3.0"-like lines count as commented out.
      if (commented && !/^v?\d/.test(version)) return;
      signals.push({ kind: 'runtime', name, version, line, snippet: lines.snippet(line), scope: 'runtime', hint: commented ? 'commented out' : undefined });
    });
    return { signals };
  },
};
