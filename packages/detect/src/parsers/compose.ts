import { baseName, folderOf, joinPath } from '../paths.js';
import { isMap, mapEntries, mapGet, scalarText, YamlFile } from '../text/yaml.js';
import type { Parser, Signal } from '../types.js';
import { dotEnvValues } from './env-file.js';

export interface Interpolated {
  value: string;
  /** Variables that had no value and no default. */
  unresolved: string[];
}

const NAME_START = /[A-Za-z_]/;
const NAME_PART = /[A-Za-z0-9_]/;

/**
 * Shell-style variables in a value, as compose and Dockerfiles write them: `$X`, `${X}`, `${X:-default}`,
 * `${X-default}`, `${X:+alt}`, `${X:?error}`; a default may hold variables of its own. `$$` is a `$`
 * (compose) when `dollarEscape` is set. One pass over the text.
 */
export function interpolate(text: string, lookup: (name: string) => string | undefined, options: { dollarEscape?: boolean } = {}): Interpolated {
  const unresolved: string[] = [];
  const expand = (from: number, stopAtBrace: boolean): { value: string; end: number } => {
    let out = '';
    let i = from;
    while (i < text.length) {
      const char = text[i]!;
      if (stopAtBrace && char === '}') return { value: out, end: i };
      if (char !== '$') {
        out += char;
        i++;
        continue;
      }
      const next = text[i + 1];
      if (next === '$' && options.dollarEscape) {
        out += '$';
        i += 2;
      } else if (next === '{') {
        let j = i + 2;
        while (j < text.length && NAME_PART.test(text[j]!)) j++;
        const name = text.slice(i + 2, j);
        const value = lookup(name);
        let operator = '';
        if (text[j] === ':' && /[-+?=]/.test(text[j + 1] ?? '')) operator = text.slice(j, j + 2);
        else if (/[-+?=]/.test(text[j] ?? '')) operator = text[j]!;
        let word: { value: string; end: number } = { value: '', end: j };
        if (operator) word = expand(j + operator.length, true);
        else if (text[j] !== '}') {
          // Not a form this reads: keep it as written up to its brace.
          const close = text.indexOf('}', j);
          word = { value: '', end: close < 0 ? text.length : close };
        }
        const empty = value === undefined || (operator.startsWith(':') && value === '');
        if (operator.endsWith('-') || operator.endsWith('=')) out += empty ? word.value : value;
        else if (operator.endsWith('+')) out += empty ? '' : word.value;
        else if (value !== undefined && !(operator.endsWith('?') && empty)) out += value;
        else unresolved.push(name || text.slice(i, word.end + 1));
        i = word.end + 1;
      } else if (next !== undefined && NAME_START.test(next)) {
        let j = i + 1;
        while (j < text.length && NAME_PART.test(text[j]!)) j++;
        const name = text.slice(i + 1, j);
        const value = lookup(name);
        if (value === undefined) unresolved.push(name);
        else out += value;
        i = j;
      } else {
        out += char;
        i++;
      }
    }
    return { value: out, end: i };
  };
  return { value: expand(0, false).value, unresolved };
}

/** The tag of an image reference, when it has one: "postgres:16-alpine@sha256:..." -> "16-alpine". */
export function imageVersion(reference: string): string | undefined {
  const at = reference.indexOf('@');
  const name = at >= 0 ? reference.slice(0, at) : reference;
  const colon = name.lastIndexOf(':');
  if (colon > name.lastIndexOf('/')) return name.slice(colon + 1) || undefined;
  return at >= 0 ? reference.slice(at + 1) : undefined;
}

/** docker-compose.yml, docker-compose.prod.yaml, compose.yaml, compose.override.yml, in any folder. */
export function isComposeFile(path: string): boolean {
  const name = baseName(path).toLowerCase();
  return /^(?:docker-compose|compose)(?:[.\-_][^/]*)?\.ya?ml$/.test(name);
}

/**
 * Compose files: each service's `image`, with `${VAR}` resolved from the `.env` beside the file, then from
 * the default the reference gives. A service that builds its own image (`build:`) pulls none: its `image`
 * only names what the build makes. An image no value resolves is a problem, never a guess.
 */
export const composeParser: Parser = {
  id: 'docker compose',
  matches: isComposeFile,
  parse(file, context) {
    const yaml = new YamlFile(file.content);
    const signals: Signal[] = [];
    const problems = [...yaml.problems];
    const dotEnv = context.readText(joinPath(folderOf(file.path), '.env'));
    const env = dotEnv === undefined ? new Map<string, string>() : dotEnvValues(dotEnv);
    for (const document of yaml.documents) {
      for (const service of mapEntries(mapGet(document.contents, 'services'))) {
        if (!isMap(service.value) || mapGet(service.value, 'build') !== undefined) continue;
        const node = mapGet(service.value, 'image');
        const written = scalarText(node);
        if (!written) continue;
        const line = yaml.lineOf(node as never);
        const { value, unresolved } = interpolate(written, (name) => env.get(name), { dollarEscape: true });
        if (unresolved.length > 0 || !value.trim()) {
          problems.push(`the image of service ${service.key} (line ${line}), ${written}, names ${unresolved.join(', ') || 'nothing'} that neither .env nor a default sets`);
          continue;
        }
        signals.push({ kind: 'docker', name: value.trim(), version: imageVersion(value.trim()), line, snippet: yaml.lines.snippet(line), scope: 'runtime' });
      }
    }
    return { signals, problems };
  },
};
