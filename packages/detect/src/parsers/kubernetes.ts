import { baseName } from '../paths.js';
import { isMap, isSeq, mapEntries, mapGet, scalarText, YamlFile } from '../text/yaml.js';
import type { Parser, Signal } from '../types.js';
import { imageVersion, isComposeFile } from './compose.js';

/** YAML files another parser reads (and everything under `.github/`): never Kubernetes manifests. */
const OTHER_YAML = new Set(['pnpm-lock.yaml', 'pnpm-workspace.yaml', '.gitlab-ci.yml', '.gitlab-ci.yaml', 'Chart.yaml', 'Chart.yml', 'render.yaml', 'render.yml', 'requirements.yaml', 'requirements.yml']);

function readByAnother(path: string): boolean {
  return OTHER_YAML.has(baseName(path)) || isComposeFile(path) || /(?:^|\/)\.github\//.test(path);
}

/** The keys under which a pod spec lists its containers. */
const CONTAINER_LISTS = new Set(['containers', 'initContainers', 'ephemeralContainers']);

/**
 * Kubernetes manifests: any other YAML file outside a Helm chart's `templates/`, not a template itself
 * (`{{`), whose documents have `apiVersion` and `kind`; the image of every container and init container at
 * any depth (Deployments, CronJobs, Pods, Lists...). Other YAML is left alone without a word.
 */
export const kubernetesParser: Parser = {
  id: 'Kubernetes manifest',
  matches: (path) => /\.ya?ml$/i.test(path) && !path.split('/').slice(0, -1).includes('templates') && !readByAnother(path),
  parse(file) {
    const signals: Signal[] = [];
    if (!file.content.includes('apiVersion:') || file.content.includes('{{')) return { signals };
    const yaml = new YamlFile(file.content);
    let manifests = 0;
    const visit = (node: unknown, depth: number): void => {
      if (depth > 64) return;
      if (isSeq(node)) {
        for (const item of node.items) visit(item, depth + 1);
        return;
      }
      for (const { key, value } of mapEntries(node)) {
        if (CONTAINER_LISTS.has(key) && isSeq(value)) {
          for (const container of value.items) {
            const image = mapGet(container, 'image');
            const text = scalarText(image)?.trim();
            if (!text || /\$[({]/.test(text)) continue;
            const line = yaml.lineOf(image as never);
            signals.push({ kind: 'docker', name: text, version: imageVersion(text), line, snippet: yaml.lines.snippet(line), scope: 'runtime' });
          }
        } else {
          visit(value, depth + 1);
        }
      }
    };
    for (const document of yaml.documents) {
      const root = document.contents;
      if (!isMap(root) || mapGet(root, 'apiVersion') === undefined || mapGet(root, 'kind') === undefined) continue;
      manifests++;
      visit(root, 0);
    }
    return { signals, problems: manifests > 0 ? yaml.problems : [] };
  },
};
