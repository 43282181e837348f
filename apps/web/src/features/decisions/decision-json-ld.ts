import type { Decision } from '@stackyard/domain';
import { nameOf } from '../users/user-format.js';
import { decisionExcerpt, decisionTitle } from './decision-format.js';

/** What a decision's page tells search engines and link previews, small enough to ride in loader data. */
export interface DecisionHead {
  id: number;
  title: string;
  description: string;
  author: { username: string; name: string };
  createdAt: string;
  votes: number;
  tools: { slug: string; name: string }[];
  stack: { owner: string; slug: string; name: string } | null;
}

export function decisionHead(decision: Decision): DecisionHead {
  return {
    id: decision.id,
    title: decisionTitle(decision),
    description: decisionExcerpt(decision.body, 200),
    author: { username: decision.author.username, name: nameOf(decision.author) },
    createdAt: decision.createdAt,
    votes: decision.votes,
    tools: decision.tools.map(({ slug, name }) => ({ slug, name })),
    stack: decision.stack && { owner: decision.stack.owner, slug: decision.stack.slug, name: decision.stack.name },
  };
}

/** schema.org DiscussionForumPosting: a post by a person, about software, with its upvotes. */
export function decisionJsonLd(head: DecisionHead, origin: string): Record<string, unknown> {
  const url = (path: string) => new URL(path, origin).href;
  return {
    '@type': 'DiscussionForumPosting',
    '@id': url(`/decisions/${head.id}`),
    url: url(`/decisions/${head.id}`),
    headline: head.title,
    text: head.description,
    datePublished: head.createdAt,
    author: { '@type': 'Person', name: head.author.name, alternateName: head.author.username, url: url(`/users/${head.author.username}`) },
    about: head.tools.map((tool) => ({ '@type': 'SoftwareApplication', name: tool.name, url: url(`/tools/${tool.slug}`) })),
    interactionStatistic: { '@type': 'InteractionCounter', interactionType: 'https://schema.org/LikeAction', userInteractionCount: head.votes },
    ...(head.stack ? { isPartOf: { '@type': 'CollectionPage', name: head.stack.name, url: url(`/stacks/${head.stack.owner}/${head.stack.slug}`) } } : {}),
  };
}
