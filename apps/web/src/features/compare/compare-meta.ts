import type { Comparison } from '@stackyard/domain';
import { href } from 'react-router';

/** The little of a comparison its <head> needs, kept small: it travels in the page's loader data. */
export interface ComparisonHead {
  path: string;
  tools: Array<{ slug: string; name: string; tagline: string; logoUrl: string | null; functionName: string; websiteUrl: string | null }>;
}

export function comparisonHead(path: string, comparison: Comparison): ComparisonHead {
  return {
    path,
    tools: comparison.tools.map((tool) => ({
      slug: tool.slug,
      name: tool.name,
      tagline: tool.tagline,
      logoUrl: tool.logoUrl,
      functionName: tool.function.name,
      websiteUrl: tool.websiteUrl,
    })),
  };
}

/** "Gunicorn and Passenger", "Caddy, Gunicorn and Passenger". */
export function joinNames(names: readonly string[]): string {
  if (names.length <= 1) return names.join('');
  return `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
}

/** "Gunicorn vs Passenger", the name a comparison goes by. */
export function versusName(names: readonly string[]): string {
  return names.join(' vs ');
}

/** The question people search for: "Gunicorn vs Passenger: what are the differences?" */
export function comparisonTitle(names: readonly string[]): string {
  return `${versusName(names)}: what are the differences?`;
}

/** Each tool in its own words, then what the page offers; page-meta cuts it to a snippet's length. */
export function comparisonDescription(tools: ComparisonHead['tools']): string {
  const taglines = tools.map((tool) => `${tool.name}: ${withFullStop(tool.tagline)}`).join(' ');
  return `${taglines} Compare their stacks, followers, pros and cons side by side.`;
}

function withFullStop(text: string): string {
  const trimmed = text.trim();
  return /[.!?]$/.test(trimmed) ? trimmed : `${trimmed}.`;
}

/** schema.org: the compared tools as an ordered list of software applications. */
export function comparisonJsonLd(head: ComparisonHead, origin: string): Record<string, unknown> {
  return {
    '@type': 'ItemList',
    name: versusName(head.tools.map((tool) => tool.name)),
    url: new URL(head.path, origin).href,
    numberOfItems: head.tools.length,
    itemListElement: head.tools.map((tool, index) => ({
      '@type': 'ListItem',
      position: index + 1,
      item: {
        '@type': 'SoftwareApplication',
        name: tool.name,
        description: tool.tagline,
        applicationCategory: tool.functionName,
        url: new URL(href('/tools/:slug', { slug: tool.slug }), origin).href,
        ...(tool.websiteUrl ? { sameAs: tool.websiteUrl } : {}),
        ...(tool.logoUrl ? { image: new URL(tool.logoUrl, origin).href } : {}),
      },
    })),
  };
}
