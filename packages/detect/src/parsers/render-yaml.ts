import { baseName } from '../paths.js';
import { isMap, mapGet, scalarText, seqItems, YamlFile } from '../text/yaml.js';
import type { Parser, Signal } from '../types.js';
import { imageVersion } from './compose.js';

/**
 * render.yaml (Render Blueprints): each service's `type` (web, pserv, worker, redis, keyvalue...) and its
 * `runtime` (or the older `env`: node, python, ruby, go, docker...) as runtimes, a prebuilt image's
 * `image.url`, `databases:` as the add-on render-postgres, and the keys of every `envVars` list.
 */
export const renderYamlParser: Parser = {
  id: 'render.yaml',
  matches: (path) => /^render\.ya?ml$/.test(baseName(path)),
  parse(file) {
    const yaml = new YamlFile(file.content);
    const signals: Signal[] = [];
    const at = (node: unknown) => {
      const line = yaml.lineOf(node as never);
      return { line, snippet: yaml.lines.snippet(line) };
    };
    const envKeys = (list: unknown) => {
      for (const item of seqItems(list)) {
        const key = mapGet(item, 'key');
        const name = scalarText(key);
        if (name) signals.push({ kind: 'env', name, ...at(key), scope: 'runtime' });
      }
    };
    for (const document of yaml.documents) {
      const root = document.contents;
      if (!isMap(root)) continue;
      for (const service of seqItems(mapGet(root, 'services'))) {
        for (const field of ['type', 'runtime', 'env']) {
          const node = mapGet(service, field);
          const name = scalarText(node);
          if (name) signals.push({ kind: 'runtime', name, ...at(node), scope: 'runtime' });
        }
        const url = mapGet(mapGet(service, 'image'), 'url');
        const image = scalarText(url)?.trim();
        if (image) signals.push({ kind: 'docker', name: image, version: imageVersion(image), ...at(url), scope: 'runtime' });
        envKeys(mapGet(service, 'envVars'));
      }
      for (const database of seqItems(mapGet(root, 'databases'))) {
        const version = scalarText(mapGet(database, 'postgresMajorVersion'));
        signals.push({ kind: 'addon', name: 'render-postgres', version, ...at(database), scope: 'runtime' });
      }
      for (const group of seqItems(mapGet(root, 'envVarGroups'))) envKeys(mapGet(group, 'envVars'));
    }
    return { signals, problems: yaml.problems };
  },
};
