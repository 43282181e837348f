import type { StackDetail } from '@stackyard/domain';
import { nameOf } from '../users/user-format.js';
import { stackDescription, stackTools } from './stack-format.js';

/** What a stack's page tells search engines and link previews, small enough to ride in loader data. */
export interface StackHead {
  owner: string;
  slug: string;
  name: string;
  description: string;
  ownerName: string;
  updatedAt: string;
  createdAt: string;
  tools: { slug: string; name: string }[];
}

export function stackHead(stack: StackDetail): StackHead {
  const ownerName = nameOf(stack.owner);
  return {
    owner: stack.owner.username,
    slug: stack.slug,
    name: stack.name,
    description: stackDescription(stack, ownerName),
    ownerName,
    updatedAt: stack.updatedAt,
    createdAt: stack.createdAt,
    tools: stackTools(stack).map(({ slug, name }) => ({ slug, name })),
  };
}

/** schema.org CollectionPage whose main entity is the ItemList of the stack's tools. */
export function stackJsonLd(head: StackHead, origin: string): Record<string, unknown> {
  const url = (path: string) => new URL(path, origin).href;
  return {
    '@type': 'CollectionPage',
    url: url(`/stacks/${head.owner}/${head.slug}`),
    name: head.name,
    description: head.description,
    dateCreated: head.createdAt,
    dateModified: head.updatedAt,
    author: { '@type': 'Person', name: head.ownerName, url: url(`/users/${head.owner}`) },
    mainEntity: {
      '@type': 'ItemList',
      numberOfItems: head.tools.length,
      itemListElement: head.tools.map((tool, index) => ({
        '@type': 'ListItem',
        position: index + 1,
        item: { '@type': 'SoftwareApplication', name: tool.name, url: url(`/tools/${tool.slug}`) },
      })),
    },
  };
}
