import { baseName } from '../paths.js';
import { Lines } from '../text/lines.js';
import type { Parser, Signal } from '../types.js';
import { TomlDocument } from './toml-lines.js';

/**
 * `rust-toolchain.toml` (`[toolchain] channel = "1.78"`) and the older plain `rust-toolchain` (the channel
 * alone, or the same TOML): the runtime `rust`, at its channel.
 */
export const rustToolchainParser: Parser = {
  id: 'rust-toolchain',
  matches: (path) => {
    const name = baseName(path);
    return name === 'rust-toolchain' || name === 'rust-toolchain.toml';
  },
  parse(file) {
    const signals: Signal[] = [];
    const plain = baseName(file.path) === 'rust-toolchain' && !/^\s*\[/m.test(file.content);
    if (plain) {
      const lines = new Lines(file.content);
      const line = lines.find((text) => text.trim() !== '' && !text.trim().startsWith('#'));
      const channel = lines.lines[line - 1]?.trim();
      if (channel && !channel.startsWith('#') && channel.length <= 100) signals.push({ kind: 'runtime', name: 'rust', version: channel, line, snippet: lines.snippet(line), scope: 'runtime' });
      return { signals };
    }
    const toml = new TomlDocument(file.content);
    const toolchain = toml.data.toolchain;
    const channel = typeof toolchain === 'object' && toolchain !== null ? (toolchain as Record<string, unknown>).channel : undefined;
    const line = toml.lineOf(['toolchain', 'channel']) ?? toml.lineOf(['toolchain']);
    if (line !== undefined) {
      signals.push({ kind: 'runtime', name: 'rust', version: typeof channel === 'string' ? channel : undefined, line, snippet: toml.lines.snippet(line), scope: 'runtime' });
    }
    return { signals, problems: toml.problems };
  },
};
