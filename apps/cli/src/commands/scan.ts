import { CliError, EXIT } from '../cli-error.js';
import { formatScan, scanJson } from '../format.js';
import type { Io } from '../io.js';
import { scanTree } from '../scan.js';

/** `stackyard scan [dir] [--json]`: the stack of a tree, offline. */
export async function scanCommand(io: Io, dir: string, options: { json: boolean }): Promise<number> {
  const scan = await scanTree(dir, io);
  io.out(options.json ? scanJson(scan) : formatScan(scan));
  if (scan.result.tools.length === 0) {
    if (!options.json) io.err('Nothing detected: no manifest of a known kind names a catalogue tool.');
    return EXIT.nothingDetected;
  }
  return EXIT.ok;
}

export function requireNoExtra(extra: string[], usage: string): void {
  if (extra.length > 0) throw new CliError(`Unexpected argument "${extra[0]}".\n\n${usage}`, EXIT.usage);
}
