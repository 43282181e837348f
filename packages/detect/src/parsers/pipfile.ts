import { baseName } from '../paths.js';
import type { Parser, Signal } from '../types.js';
import { isTable, readToml, tableSignals, TomlLines } from './pyproject.js';

/** Pipfile: `[packages]` (runtime), `[dev-packages]` (dev) and the Python version `[requires]` asks for. */
export const pipfileParser: Parser = {
  id: 'Pipfile',
  workspaceManifest: true,
  matches: (path) => baseName(path) === 'Pipfile',
  parse(file) {
    const { value: doc, problems } = readToml(file.content);
    const toml = new TomlLines(file.content);
    const signals: Signal[] = [
      ...tableSignals(toml, ['packages'], doc.packages, 'runtime'),
      ...tableSignals(toml, ['dev-packages'], doc['dev-packages'], 'dev'),
    ];
    const requires = doc.requires;
    if (isTable(requires)) {
      for (const key of ['python_full_version', 'python_version']) {
        const version = requires[key];
        if (typeof version !== 'string') continue;
        const line = toml.keyLine(['requires'], key);
        signals.push({ kind: 'runtime', name: 'python', version, line, snippet: toml.lines.snippet(line), scope: 'runtime' });
        break;
      }
    }
    return { signals, problems };
  },
};
