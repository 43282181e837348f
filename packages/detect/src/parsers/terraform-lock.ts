import { baseName } from '../paths.js';
import { Lines } from '../text/lines.js';
import type { Parser, Signal } from '../types.js';
import { walkHcl } from './terraform.js';

/** `.terraform.lock.hcl`: each `provider "registry.terraform.io/hashicorp/aws"` block, with its locked `version`. */
export const terraformLockParser: Parser = {
  id: '.terraform.lock.hcl',
  matches: (path) => baseName(path) === '.terraform.lock.hcl',
  parse(file) {
    const lines = new Lines(file.content);
    const signals: Signal[] = [];
    const problems = walkHcl(file.content, {
      close(frame, path) {
        const [source] = frame.labels;
        if (path.length !== 0 || frame.kind !== 'block' || frame.name !== 'provider' || !source) return;
        signals.push({ kind: 'terraformProvider', name: source, version: frame.attributes.get('version')?.value, line: frame.line, snippet: lines.snippet(frame.line), scope: 'runtime' });
      },
    });
    signals.sort((a, b) => a.line - b.line);
    return { signals, problems };
  },
};
