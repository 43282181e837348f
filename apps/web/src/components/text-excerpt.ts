// Plain-text previews of people's writing. The domain package has helpers like these, but it defines them
// beside its zod schemas, and importing it would put zod in every page's JavaScript.

/** Text on one line, white space folded, cut with an ellipsis so the result is at most `length` long. */
export function oneLine(text: string, length: number): string {
  const line = text.replace(/\s+/g, ' ').trim();
  return line.length <= length ? line : `${line.slice(0, length - 1).trimEnd()}…`;
}

/** Markdown without its marks: links keep their text, images their alt text, emphasis and headings go. */
export function markdownToPlainText(markdown: string): string {
  return markdown.replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1').replace(/[*_`#>~]+/g, '');
}
