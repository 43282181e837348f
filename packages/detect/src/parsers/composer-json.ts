import { JsonDocument } from '../text/json.js';
import { baseName } from '../paths.js';
import type { Parser, Scope, Signal } from '../types.js';

const SECTIONS: ReadonlyArray<[string, Scope]> = [['require', 'runtime'], ['require-dev', 'dev']];

/** Platform packages that name Composer itself, not a package of the stack. */
const COMPOSER_ITSELF = /^(?:composer|composer-plugin-api|composer-runtime-api)$/i;

/**
 * composer.json: `require` (runtime) and `require-dev` (dev); `php` (and `hhvm`) is the runtime, `ext-*`
 * extensions stay composer packages (`ext-pgsql` says PostgreSQL), `lib-*` system libraries are left out.
 */
export const composerJsonParser: Parser = {
  id: 'composer.json',
  workspaceManifest: true,
  matches: (path) => baseName(path) === 'composer.json',
  parse(file) {
    const json = new JsonDocument(file.content);
    const signals: Signal[] = [];
    if (json.root?.type !== 'object') return { signals, problems: json.problems.length ? json.problems : ['not a JSON object'] };
    for (const [section, scope] of SECTIONS) {
      for (const { key, value, line } of json.entries(json.node([section]))) {
        const version = typeof value === 'string' && value !== '*' ? value : undefined;
        const snippet = json.lines.snippet(line);
        const lower = key.toLowerCase();
        if (lower === 'php' || lower === 'php-64bit' || lower === 'hhvm') signals.push({ kind: 'runtime', name: lower === 'hhvm' ? 'hhvm' : 'php', version, line, snippet, scope });
        else if (lower.startsWith('lib-') || COMPOSER_ITSELF.test(lower)) continue;
        else signals.push({ kind: 'composer', name: key, version, line, snippet, scope });
      }
    }
    const name = json.value(['name']);
    return { signals, problems: json.problems, packageName: typeof name === 'string' ? name : undefined };
  },
};
