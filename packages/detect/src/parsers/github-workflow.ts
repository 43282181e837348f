import { isMap, isScalar, isSeq, mapEntries, mapGet, scalarText, seqItems, YamlFile } from '../text/yaml.js';
import type { Lines } from '../text/lines.js';
import type { Parser, Signal } from '../types.js';
import { imageVersion } from './compose.js';

/** What a `uses:` names: an action or reusable workflow (`owner/repo@ref`), or a Docker image (`docker://`). */
export function usesSignal(uses: string, line: number, lines: Lines, hint?: string): Signal | undefined {
  const text = uses.trim();
  if (!text || text.startsWith('./') || text.startsWith('.\\') || text.includes('${{')) return undefined;
  const snippet = lines.snippet(line);
  if (text.startsWith('docker://')) {
    const image = text.slice('docker://'.length);
    return image ? { kind: 'docker', name: image, version: imageVersion(image), line, snippet, scope: 'ci', hint } : undefined;
  }
  const at = text.indexOf('@');
  return { kind: 'action', name: text, version: at >= 0 ? text.slice(at + 1) : undefined, line, snippet, scope: 'ci', hint };
}

/** A job's `container` or a service: an image as a string or `{ image }`. */
function imageSignal(node: unknown, yaml: YamlFile, hint?: string): Signal | undefined {
  const target = isMap(node) ? mapGet(node, 'image') : node;
  const image = scalarText(target)?.trim();
  if (!image || image.includes('${{')) return undefined;
  const line = yaml.lineOf(target as never);
  return { kind: 'docker', name: image, version: imageVersion(image), line, snippet: yaml.lines.snippet(line), scope: 'ci', hint };
}

/** Whether `on` lists only `workflow_call`: a reusable workflow, which runs only as part of another. */
function onlyCalled(on: unknown): boolean {
  if (isScalar(on)) return scalarText(on) === 'workflow_call';
  if (isSeq(on)) return on.items.length > 0 && on.items.every((item) => scalarText(item) === 'workflow_call');
  if (isMap(on)) {
    const keys = mapEntries(on).map((entry) => entry.key);
    return keys.length > 0 && keys.every((key) => key === 'workflow_call');
  }
  return false;
}

/** The `uses` of a list of steps (a job's, or a composite action's). */
export function stepSignals(steps: unknown, yaml: YamlFile, hint?: string): Signal[] {
  return seqItems(steps).flatMap((step) => {
    const node = mapGet(step, 'uses');
    const uses = scalarText(node);
    const signal = uses === undefined ? undefined : usesSignal(uses, yaml.lineOf(node as never), yaml.lines, hint);
    return signal ? [signal] : [];
  });
}

/**
 * GitHub Actions workflows, every one of `.github/workflows/`: the actions each step uses (`docker://` ones
 * are images), reusable workflows jobs call, and the images of job containers and services. A workflow only
 * other workflows call (`on: workflow_call`) shows hints, not tools.
 */
export const githubWorkflowParser: Parser = {
  id: 'GitHub Actions workflow',
  matches: (path) => /(?:^|\/)\.github\/workflows\/[^/]+\.ya?ml$/i.test(path),
  parse(file) {
    const yaml = new YamlFile(file.content);
    const signals: Signal[] = [];
    for (const document of yaml.documents) {
      const root = document.contents;
      if (!isMap(root)) continue;
      const on = mapGet(root, 'on') ?? mapGet(root, 'true');
      const hint = onlyCalled(on) ? 'reusable workflow' : undefined;
      for (const job of mapEntries(mapGet(root, 'jobs'))) {
        if (!isMap(job.value)) continue;
        const called = mapGet(job.value, 'uses');
        const calledText = scalarText(called);
        if (calledText !== undefined) {
          const signal = usesSignal(calledText, yaml.lineOf(called as never), yaml.lines, hint);
          if (signal) signals.push(signal);
        }
        const container = mapGet(job.value, 'container');
        const containerSignal = container === undefined ? undefined : imageSignal(container, yaml, hint);
        if (containerSignal) signals.push(containerSignal);
        for (const service of mapEntries(mapGet(job.value, 'services'))) {
          const signal = imageSignal(service.value, yaml, hint);
          if (signal) signals.push(signal);
        }
        signals.push(...stepSignals(mapGet(job.value, 'steps'), yaml, hint));
      }
    }
    return { signals, problems: yaml.problems };
  },
};
