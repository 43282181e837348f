import { z } from 'zod';

/** Text on one line, white space folded, cut with an ellipsis past `length` characters. */
export function oneLine(text: string, length: number): string {
  const line = text.replace(/\s+/g, ' ').trim();
  return line.length <= length ? line : `${line.slice(0, length - 1).trimEnd()}…`;
}

/** Markdown with its link syntax and emphasis marks removed, for previews that show plain text. */
export function markdownToPlainText(markdown: string): string {
  return markdown.replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1').replace(/[*_`#>~]+/g, '');
}

/** Any control character: C0 (NUL to U+001F), DEL and C1 (U+0080 to U+009F). */
// eslint-disable-next-line no-control-regex -- finding control characters is what it is for
const CONTROL_CHARACTER = /[\u0000-\u001f\u007f-\u009f]/;
/** The same, but for newline (U+000A) and tab (U+0009), which long text keeps. */
// eslint-disable-next-line no-control-regex -- finding control characters is what it is for
const CONTROL_CHARACTER_BUT_NEWLINE_OR_TAB = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/;
/** Half of a UTF-16 surrogate pair without its other half: no character at all, and not storable as UTF-8. */
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/** Whether text holds a control character (newlines and tabs allowed when `multiline`) or a lone surrogate. */
export function hasControlCharacter(text: string, { multiline = false }: { multiline?: boolean } = {}): boolean {
  return (multiline ? CONTROL_CHARACTER_BUT_NEWLINE_OR_TAB : CONTROL_CHARACTER).test(text) || LONE_SURROGATE.test(text);
}

/**
 * The one schema of text a person sends: every text field of every request builds on it (then trims,
 * bounds, matches a pattern...). It refuses control characters, which nobody types and which PostgreSQL
 * cannot always hold (a NUL byte fails the query), and unpaired surrogates. One-line text (names, logins,
 * search terms) refuses newlines and tabs too; `multiline` text (descriptions, bios, decisions, notes) keeps
 * them, with Windows and old Mac line endings made newlines first.
 */
export function textSchema({ multiline = false }: { multiline?: boolean } = {}) {
  const text = multiline ? z.string().overwrite((value) => value.replace(/\r\n?/g, '\n')) : z.string();
  return text.refine(
    (value) => !hasControlCharacter(value, { multiline }),
    multiline ? 'must not contain control characters other than newlines and tabs' : 'must not contain control characters',
  );
}

export const WEB_URL_MAX_LENGTH = 500;

/**
 * A web address, parsed and normalised before anything stores it: only http and https; the scheme and the
 * host lower-cased, a default port dropped, the path percent-encoded, as the WHATWG URL parser (`new URL`)
 * writes them. An address with no path keeps its form ("https://example.org", not ".../").
 */
export const webUrlSchema = textSchema()
  .trim()
  .max(WEB_URL_MAX_LENGTH)
  .transform((text, context) => {
    const url = parseUrl(text);
    if (!url || (url.protocol !== 'http:' && url.protocol !== 'https:') || !url.hostname) {
      context.addIssue({ code: 'custom', message: 'must be an http(s) URL' });
      return z.NEVER;
    }
    const bare = url.pathname === '/' && !url.search && !url.hash && !text.endsWith('/') && !text.endsWith('?') && !text.endsWith('#');
    return bare ? url.href.slice(0, -1) : url.href;
  })
  .pipe(z.string().max(WEB_URL_MAX_LENGTH, `must be at most ${WEB_URL_MAX_LENGTH} characters once normalised`));

function parseUrl(text: string): URL | null {
  try {
    return new URL(text);
  } catch {
    return null;
  }
}
