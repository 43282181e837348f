import { baseName } from '../paths.js';
import { JsonDocument } from '../text/json.js';
import type { Parser, Signal } from '../types.js';

/** `heroku/nodejs`, `https://github.com/heroku/heroku-buildpack-python.git` are the runtimes nodejs, python. */
export function buildpackRuntime(url: string): string | undefined {
  const path = url.trim().replace(/[#?].*$/, '').replace(/\.git$/, '').replace(/\/+$/, '');
  const last = path.slice(path.lastIndexOf('/') + 1).replace(/\.tgz$/, '');
  const name = last.replace(/^heroku-buildpack-/, '');
  return name || undefined;
}

/**
 * app.json (Heroku): the add-ons (`"heroku-postgresql"` or `{ "plan": "heroku-postgresql:mini" }`), the
 * runtimes its buildpacks give and the keys of `env`.
 */
export const appJsonParser: Parser = {
  id: 'app.json',
  matches: (path) => baseName(path) === 'app.json',
  parse(file) {
    const json = new JsonDocument(file.content);
    const signals: Signal[] = [];
    if (json.root?.type !== 'object') return { signals, problems: json.problems.length ? json.problems : ['not a JSON object'] };
    const at = (line: number) => ({ line, snippet: json.lines.snippet(line) });
    for (const addon of json.items(json.node(['addons']))) {
      const node = addon.node.type === 'object' ? json.node(['plan'], addon.node) : addon.node;
      if (!node || typeof node.value !== 'string') continue;
      const [name, plan] = node.value.split(':');
      if (name) signals.push({ kind: 'addon', name, version: plan || undefined, ...at(json.lineOf(node)), scope: 'runtime' });
    }
    for (const buildpack of json.items(json.node(['buildpacks']))) {
      const node = json.node(['url'], buildpack.node);
      const name = node && typeof node.value === 'string' ? buildpackRuntime(node.value) : undefined;
      if (name) signals.push({ kind: 'runtime', name, ...at(json.lineOf(node!)), scope: 'runtime' });
    }
    for (const { key, line } of json.entries(json.node(['env']))) signals.push({ kind: 'env', name: key, ...at(line), scope: 'runtime' });
    return { signals, problems: json.problems };
  },
};
