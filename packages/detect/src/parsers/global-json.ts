import { baseName } from '../paths.js';
import { JsonDocument } from '../text/json.js';
import type { Parser, Signal } from '../types.js';

/**
 * global.json (.NET): the SDK version it pins is the runtime `dotnet`; `msbuild-sdks` are NuGet packages
 * the build loads (`Microsoft.Build.Traversal`). Comments are allowed, as the SDK allows them.
 */
export const globalJsonParser: Parser = {
  id: 'global.json',
  matches: (path) => baseName(path) === 'global.json',
  parse(file) {
    const json = new JsonDocument(file.content, { comments: true });
    const signals: Signal[] = [];
    if (json.root?.type !== 'object') return { signals, problems: json.problems.length ? json.problems : ['not a JSON object'] };
    const sdk = json.node(['sdk']);
    if (sdk?.type === 'object') {
      const version = json.node(['version'], sdk);
      const line = json.lineOf(version ?? json.node(['sdk'])!.parent!);
      signals.push({ kind: 'runtime', name: 'dotnet', version: typeof version?.value === 'string' ? version.value : undefined, line, snippet: json.lines.snippet(line), scope: 'runtime' });
    }
    for (const { key, value, line } of json.entries(json.node(['msbuild-sdks']))) {
      signals.push({ kind: 'nuget', name: key, version: typeof value === 'string' ? value : undefined, line, snippet: json.lines.snippet(line), scope: 'dev' });
    }
    return { signals, problems: json.problems };
  },
};
