import { baseName, folderOf, joinPath } from '../paths.js';
import { mapGet, scalarText, seqItems, YamlFile } from '../text/yaml.js';
import type { Parser, Signal } from '../types.js';

/**
 * Helm `Chart.yaml`: the charts it depends on (`dependencies[].name`, with their versions), and the
 * `requirements.yaml` of the older apiVersion v1 charts when a Chart.yaml is beside it.
 */
export const helmChartParser: Parser = {
  id: 'Helm Chart.yaml',
  matches: (path) => {
    const name = baseName(path);
    return name === 'Chart.yaml' || name === 'Chart.yml' || name === 'requirements.yaml' || name === 'requirements.yml';
  },
  parse(file, context) {
    const requirements = baseName(file.path).startsWith('requirements');
    if (requirements && context.readText(joinPath(folderOf(file.path), 'Chart.yaml')) === undefined) return { signals: [] };
    const yaml = new YamlFile(file.content);
    const signals: Signal[] = [];
    let packageName: string | undefined;
    for (const document of yaml.documents) {
      packageName ??= requirements ? undefined : scalarText(mapGet(document.contents, 'name'));
      for (const dependency of seqItems(mapGet(document.contents, 'dependencies'))) {
        const node = mapGet(dependency, 'name');
        const name = scalarText(node);
        if (!name) continue;
        const line = yaml.lineOf(node as never);
        signals.push({ kind: 'helm', name, version: scalarText(mapGet(dependency, 'version')), line, snippet: yaml.lines.snippet(line), scope: 'runtime' });
      }
    }
    return { signals, problems: yaml.problems, packageName };
  },
};
