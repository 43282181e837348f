import { baseName } from '../paths.js';
import type { Parser, Signal } from '../types.js';
import { imageVersion } from './compose.js';
import { readToml, record, TomlLines } from './netlify-toml.js';

/** fly.toml: the image `[build] image` deploys (a `dockerfile` is read on its own) and the `[env]` keys. */
export const flyTomlParser: Parser = {
  id: 'fly.toml',
  matches: (path) => baseName(path) === 'fly.toml',
  parse(file) {
    const { data, problem } = readToml(file.content);
    if (!data) return { signals: [], problems: [problem!] };
    const toml = new TomlLines(file.content);
    const signals: Signal[] = [];
    const image = record(data.build).image;
    if (typeof image === 'string' && image.trim()) {
      const header = toml.header('build') ?? 0;
      const line = toml.key('image', header) ?? header;
      signals.push({ kind: 'docker', name: image.trim(), version: imageVersion(image.trim()), line, snippet: toml.lines.snippet(line), scope: 'runtime' });
    }
    const env = record(data.env);
    const header = toml.header('env');
    const written = header === undefined ? [] : toml.keys(header);
    for (const key of Object.keys(env)) {
      const line = written.find((entry) => entry.key === key)?.line ?? header ?? 1;
      signals.push({ kind: 'env', name: key, line, snippet: toml.lines.snippet(line), scope: 'runtime' });
    }
    return { signals };
  },
};
