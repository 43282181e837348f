import type { MetaDescriptor } from 'react-router';

export interface PageMetaInput {
  /** The page's own title; " · Stackyard" is added. */
  title: string;
  description: string;
  /** The canonical path of the page (no origin), e.g. /tools/nginx. */
  path: string;
  /** The site's public origin, from the page's loader data. */
  origin: string;
  /** Open Graph type: website for lists, article for a decision, profile for a person. */
  type?: 'website' | 'article' | 'profile';
  /** An absolute or root-relative image for link previews (a tool's logo). */
  image?: string | null;
  /** A schema.org object for search engines, when a type fits the page. */
  jsonLd?: Record<string, unknown>;
}

/**
 * Everything a page tells crawlers and link previews, from one description of it: title, description,
 * canonical URL, Open Graph, Twitter card, and JSON-LD when given.
 */
export function pageMeta(input: PageMetaInput): MetaDescriptor[] {
  const title = `${input.title} · Stackyard`;
  const url = new URL(input.path, input.origin).href;
  const image = input.image ? new URL(input.image, input.origin).href : null;
  const description = truncate(input.description, 200);
  const tags: MetaDescriptor[] = [
    { title },
    { name: 'description', content: description },
    { tagName: 'link', rel: 'canonical', href: url },
    { property: 'og:site_name', content: 'Stackyard' },
    { property: 'og:type', content: input.type ?? 'website' },
    { property: 'og:title', content: input.title },
    { property: 'og:description', content: description },
    { property: 'og:url', content: url },
    { name: 'twitter:card', content: 'summary' },
    { name: 'twitter:title', content: input.title },
    { name: 'twitter:description', content: description },
  ];
  if (image) tags.push({ property: 'og:image', content: image }, { name: 'twitter:image', content: image });
  if (input.jsonLd) tags.push({ 'script:ld+json': { '@context': 'https://schema.org', ...input.jsonLd } });
  return tags;
}

function truncate(text: string, max: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length <= max ? flat : `${flat.slice(0, max - 1).trimEnd()}…`;
}
