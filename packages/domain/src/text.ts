/** Text on one line, white space folded, cut with an ellipsis past `length` characters. */
export function oneLine(text: string, length: number): string {
  const line = text.replace(/\s+/g, ' ').trim();
  return line.length <= length ? line : `${line.slice(0, length - 1).trimEnd()}…`;
}

/** Markdown with its link syntax and emphasis marks removed, for previews that show plain text. */
export function markdownToPlainText(markdown: string): string {
  return markdown.replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1').replace(/[*_`#>~]+/g, '');
}
