import { mapGet, scalarText, YamlFile } from '../text/yaml.js';
import type { Parser, Signal } from '../types.js';
import { stepSignals, usesSignal } from './github-workflow.js';

/**
 * A repository's own actions, `.github/actions/<name>/action.yml`: the actions a composite action's steps
 * use, and the image a Docker action runs (`runs.image: docker://...`; a Dockerfile is read on its own).
 */
export const githubActionParser: Parser = {
  id: 'GitHub Action',
  matches: (path) => /(?:^|\/)\.github\/actions\/(?:[^/]+\/)*action\.ya?ml$/i.test(path),
  parse(file) {
    const yaml = new YamlFile(file.content);
    const signals: Signal[] = [];
    for (const document of yaml.documents) {
      const runs = mapGet(document.contents, 'runs');
      signals.push(...stepSignals(mapGet(runs, 'steps'), yaml));
      const image = mapGet(runs, 'image');
      const text = scalarText(image);
      if (text?.startsWith('docker://')) {
        const signal = usesSignal(text, yaml.lineOf(image as never), yaml.lines);
        if (signal) signals.push(signal);
      }
    }
    return { signals, problems: yaml.problems };
  },
};
