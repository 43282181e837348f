/** Line numbers and snippets of a text, for evidence. */
export class Lines {
  private readonly starts: number[] = [0];
  readonly lines: string[];

  constructor(readonly text: string) {
    for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) this.starts.push(i + 1);
    this.lines = text.split(/\r?\n/);
  }

  /** The 1-based line of a character offset. */
  lineOf(offset: number): number {
    let low = 0;
    let high = this.starts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (this.starts[mid]! <= offset) low = mid;
      else high = mid - 1;
    }
    return low + 1;
  }

  /** A 1-based line, trimmed and cut to a readable length. */
  snippet(line: number): string {
    return snippet(this.lines[line - 1] ?? '');
  }

  /** The first line at or after `from` (1-based) whose text satisfies the test; `from` when none does. */
  find(test: (line: string) => boolean, from = 1): number {
    for (let i = Math.max(0, from - 1); i < this.lines.length; i++) if (test(this.lines[i]!)) return i + 1;
    return from;
  }
}

/** A line as evidence shows it: trimmed, at most 160 characters. */
export function snippet(text: string): string {
  const trimmed = text.trim();
  return trimmed.length > 160 ? `${trimmed.slice(0, 157)}...` : trimmed;
}

export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
