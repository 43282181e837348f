/**
 * Manifests are written by people, a line at a time: a line longer than this is generated or hostile, and
 * the YAML and XML parsers take far more than linear time on some such lines (an unclosed quote of a
 * megabyte). Files that hold one are reported, not read.
 */
export const MAX_LINE_LENGTH = 20_000;

/** The 1-based number of the first line longer than MAX_LINE_LENGTH, if any. */
export function firstOverlongLine(text: string): number | undefined {
  let start = 0;
  let line = 1;
  while (start <= text.length) {
    const end = text.indexOf('\n', start);
    const stop = end < 0 ? text.length : end;
    if (stop - start > MAX_LINE_LENGTH) return line;
    if (end < 0) return undefined;
    start = end + 1;
    line++;
  }
  return undefined;
}

export function overlongLineProblem(line: number): string {
  return `not read: line ${line} is longer than ${MAX_LINE_LENGTH.toLocaleString('en')} characters`;
}
