import { baseName } from '../paths.js';
import { isMap, isScalar, isSeq, mapEntries, mapGet, scalarText, seqItems, YamlFile } from '../text/yaml.js';
import type { Parser, Signal } from '../types.js';
import { imageVersion, interpolate } from './compose.js';

/** Top-level keys that are settings of the pipeline, not jobs. */
const KEYWORDS = new Set(['default', 'include', 'stages', 'variables', 'workflow', 'cache', 'before_script', 'after_script', 'image', 'services']);

function variables(node: unknown): Map<string, string> {
  const values = new Map<string, string>();
  for (const entry of mapEntries(node)) {
    const value = isMap(entry.value) ? mapGet(entry.value, 'value') : entry.value;
    const text = scalarText(value);
    if (text !== undefined) values.set(entry.key, text);
  }
  return values;
}

/**
 * `.gitlab-ci.yml`: the `image` and `services` of the pipeline (top level and `default:`) and of each job,
 * each a string or `{ name }`, with `$VARIABLES` the file sets resolved (an image built from CI's own
 * variables, such as `$CI_REGISTRY_IMAGE`, is the project's and is left out). Local `include`s are read too.
 */
export const gitlabCiParser: Parser = {
  id: '.gitlab-ci.yml',
  matches: (path) => /^\.gitlab-ci\.ya?ml$/i.test(baseName(path)),
  parse(file) {
    const yaml = new YamlFile(file.content);
    const signals: Signal[] = [];
    const includes: string[] = [];
    for (const document of yaml.documents) {
      const root = document.contents;
      if (!isMap(root)) continue;
      const global = variables(mapGet(root, 'variables'));
      const image = (node: unknown, scope: Map<string, string>) => {
        const target = isMap(node) ? mapGet(node, 'name') : node;
        const written = scalarText(target)?.trim();
        if (!written) return;
        const { value, unresolved } = interpolate(written, (name) => scope.get(name) ?? global.get(name));
        if (unresolved.length > 0 || !value) return;
        const line = yaml.lineOf(target as never);
        signals.push({ kind: 'docker', name: value, version: imageVersion(value), line, snippet: yaml.lines.snippet(line), scope: 'ci' });
      };
      const settings = (node: unknown, scope: Map<string, string>) => {
        const own = mapGet(node, 'image');
        if (own !== undefined) image(own, scope);
        for (const service of seqItems(mapGet(node, 'services'))) image(service, scope);
      };
      settings(root, global);
      settings(mapGet(root, 'default'), global);
      for (const job of mapEntries(root)) {
        if (KEYWORDS.has(job.key) || !isMap(job.value)) continue;
        settings(job.value, variables(mapGet(job.value, 'variables')));
      }
      const include = mapGet(root, 'include');
      for (const item of isSeq(include) ? include.items : [include]) {
        const local = isScalar(item) ? scalarText(item) : scalarText(mapGet(item, 'local'));
        if (local && !/^[a-z]+:\/\//i.test(local) && !local.includes('*') && !local.includes('$')) includes.push(local);
      }
    }
    return { signals, problems: yaml.problems, includes };
  },
};
