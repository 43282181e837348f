// Plain-text previews of people's writing. The domain package has helpers like these, but it defines them
// beside its zod schemas, and importing it would put zod in every page's JavaScript.

/** Text on one line, white space folded, cut with an ellipsis so the result is at most `length` long. */
export function oneLine(text: string, length: number): string {
  const line = text.replace(/\s+/g, ' ').trim();
  return line.length <= length ? line : `${line.slice(0, length - 1).trimEnd()}…`;
}

/**
 * The start of a Markdown text as one plain line, for lists that show a decision in a sentence or two:
 * emphasis (not snake_case), headings, quotes, list markers and code fences dropped, links reduced to their text, cut at a
 * word boundary near `max` characters with an ellipsis.
 */
export function markdownExcerpt(markdown: string, max = 240): string {
  const plain = markdown
    .replace(/```[\s\S]*?```/g, ' ')
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/^\s{0,3}(#{1,6}|>|[-*+]|\d+[.)])\s+/gm, '')
    .replace(/(^|[^\w])(\*\*|__|\*|_|~~|`)(?=\S)([\s\S]*?\S)\2(?!\w)/g, '$1$3')
    .replace(/\s+/g, ' ')
    .trim();
  if (plain.length <= max) return plain;
  const cut = plain.slice(0, max - 1);
  const lastSpace = cut.lastIndexOf(' ');
  return `${(lastSpace > max * 0.6 ? cut.slice(0, lastSpace) : cut).replace(/[\s.,;:!?-]+$/, '')}…`;
}
