import { baseName } from '../paths.js';
import { JsonDocument } from '../text/json.js';
import type { Parser, Signal } from '../types.js';
import { npmSpec } from './netlify-toml.js';

/**
 * vercel.json: the builders `builds[].use` names and the community runtimes of `functions`
 * (`"runtime": "vercel-php@0.7.1"`), both npm packages.
 */
export const vercelJsonParser: Parser = {
  id: 'vercel.json',
  matches: (path) => baseName(path) === 'vercel.json',
  parse(file) {
    const json = new JsonDocument(file.content, { comments: true });
    const signals: Signal[] = [];
    if (json.root?.type !== 'object') return { signals, problems: json.problems.length ? json.problems : ['not a JSON object'] };
    const push = (node: ReturnType<JsonDocument['node']>) => {
      if (!node || typeof node.value !== 'string' || !node.value.trim()) return;
      const line = json.lineOf(node);
      signals.push({ kind: 'npm', ...npmSpec(node.value.trim()), line, snippet: json.lines.snippet(line), scope: 'runtime' });
    };
    for (const build of json.items(json.node(['builds']))) push(json.node(['use'], build.node));
    for (const fn of json.entries(json.node(['functions']))) push(json.node(['runtime'], fn.node));
    return { signals, problems: json.problems };
  },
};
