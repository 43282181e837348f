/** A minimal Atom 1.0 writer (RFC 4287): enough for feed readers, with every text escaped. */
export interface AtomEntry {
  id: string;
  title: string;
  link: string;
  updated: Date;
  author: string;
  summary: string;
}

export interface AtomFeed {
  id: string;
  title: string;
  /** The page the feed is about. */
  link: string;
  /** The feed's own address. */
  self: string;
  updated: Date;
  entries: AtomEntry[];
}

const escapes: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };

/** Escapes text for XML, dropping characters XML 1.0 forbids (control characters). */
export function escapeXml(text: string): string {
  return text
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, '')
    .replace(/[&<>"']/g, (character) => escapes[character]!);
}

export function renderAtom(feed: AtomFeed): string {
  const entries = feed.entries
    .map(
      (entry) => `  <entry>
    <id>${escapeXml(entry.id)}</id>
    <title>${escapeXml(entry.title)}</title>
    <link href="${escapeXml(entry.link)}"/>
    <updated>${entry.updated.toISOString()}</updated>
    <author><name>${escapeXml(entry.author)}</name></author>
    <summary>${escapeXml(entry.summary)}</summary>
  </entry>`,
    )
    .join('\n');
  return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <id>${escapeXml(feed.id)}</id>
  <title>${escapeXml(feed.title)}</title>
  <link href="${escapeXml(feed.link)}"/>
  <link rel="self" href="${escapeXml(feed.self)}"/>
  <updated>${feed.updated.toISOString()}</updated>
${entries}
</feed>
`;
}
