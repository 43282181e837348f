import { contracts, urlOf } from '@stackyard/contract';
import { toPage, type Database } from '@stackyard/db';
import { describeFeedItem, markdownToPlainText, oneLine, type FeedItem, type Page } from '@stackyard/domain';
import type { Kysely } from 'kysely';
import { AppError } from '../errors/app-error.js';
import { renderAtom } from '../feed/atom.js';
import {
  listActorEventKeys,
  listFollowedEventKeys,
  listPublicEventKeys,
  listToolEventKeys,
  listTrendingTools,
  loadEventTools,
  loadEvents,
  type EventKeyRow,
  type TrendingRow,
} from '../repositories/feed-repository.js';
import { findToolBySlug } from '../repositories/tool-repository.js';
import { findUserByUsername } from '../repositories/user-repository.js';

const ATOM_ENTRIES = 50;
const DAY = 24 * 60 * 60 * 1000;

/** The start of a decision's Markdown as plain text, for a feed line. */
export function excerpt(markdown: string, length = 200): string {
  return oneLine(markdownToPlainText(markdown), length);
}

/** Turns event keys into ready-to-render items: two more queries, whatever the page size. */
async function hydrate(db: Kysely<Database>, keys: EventKeyRow[]): Promise<FeedItem[]> {
  const ids = keys.map((key) => key.id);
  const [events, tools] = await Promise.all([loadEvents(db, ids), loadEventTools(db, ids)]);
  const byId = new Map(events.map((event) => [event.id, event]));
  const toolsOf = new Map<number, FeedItem['tools']>();
  for (const tool of tools) {
    const list = toolsOf.get(tool.eventId) ?? [];
    list.push({ slug: tool.slug, name: tool.name, logoUrl: tool.logoUrl });
    toolsOf.set(tool.eventId, list);
  }
  return ids.flatMap((id) => {
    const event = byId.get(id);
    if (!event) return [];
    return [
      {
        id: event.id,
        verb: event.verb,
        createdAt: event.createdAt.toISOString(),
        actor: { username: event.actorUsername, displayName: event.actorDisplayName, avatarUrl: event.actorAvatarUrl },
        stack:
          event.stackSlug && event.stackOwner && event.stackName
            ? { owner: event.stackOwner, slug: event.stackSlug, name: event.stackName }
            : null,
        decision: event.decisionId !== null && event.decisionBody !== null ? { id: event.decisionId, excerpt: excerpt(event.decisionBody) } : null,
        reason: event.reasonId !== null && event.reasonKind && event.reasonText !== null ? { id: event.reasonId, kind: event.reasonKind, text: event.reasonText } : null,
        tools: toolsOf.get(event.id) ?? [],
      },
    ];
  });
}

/** A page of feed items from the page's event keys (fetched one more than the page shows). */
async function hydratePage(db: Kysely<Database>, keys: EventKeyRow[], limit: number): Promise<Page<FeedItem>> {
  const page = toPage(keys, limit, (key) => [key.key, key.id]);
  return { ...page, items: await hydrate(db, page.items) };
}

/** What the tools, stacks and people the viewer follows have been doing, newest first. */
export async function getFollowedFeed(db: Kysely<Database>, viewerId: number, cursor: string | undefined, limit: number): Promise<Page<FeedItem>> {
  return hydratePage(db, await listFollowedEventKeys(db, viewerId, { cursor, limit }), limit);
}

/** Everyone's recent public activity. */
export async function getPublicFeed(db: Kysely<Database>, cursor: string | undefined, limit: number): Promise<Page<FeedItem>> {
  return hydratePage(db, await listPublicEventKeys(db, { cursor, limit }), limit);
}

export interface TrendingTools {
  days: number;
  items: TrendingRow[];
}

/** Tools gaining the most stacks and followers lately. */
export async function getTrendingTools(db: Kysely<Database>, now: Date, days = 30, limit = 20): Promise<TrendingTools> {
  return { days, items: await listTrendingTools(db, new Date(now.getTime() - days * DAY), limit) };
}

function atomFor(items: FeedItem[], feed: { id: string; title: string; link: string; self: string }, origin: string, now: Date): string {
  return renderAtom({
    ...feed,
    updated: items[0] ? new Date(items[0].createdAt) : now,
    entries: items.map((item) => ({
      id: `${origin}/events/${item.id}`,
      title: describeFeedItem(item),
      link: item.decision
        ? `${origin}/decisions/${item.decision.id}`
        : item.stack
          ? `${origin}/stacks/${item.stack.owner}/${item.stack.slug}`
          : `${origin}/tools/${item.tools[0]?.slug ?? ''}`,
      updated: new Date(item.createdAt),
      author: item.actor.displayName ?? item.actor.username,
      summary: item.decision?.excerpt ?? item.reason?.text ?? describeFeedItem(item),
    })),
  });
}

/** An Atom feed of what happens around one tool. */
export async function getToolAtomFeed(db: Kysely<Database>, slug: string, origin: string, now: Date): Promise<string> {
  const tool = await findToolBySlug(db, slug);
  if (!tool) throw AppError.notFound(`Tool "${slug}"`);
  const items = await hydrate(db, await listToolEventKeys(db, tool.id, ATOM_ENTRIES));
  const link = `${origin}/tools/${tool.slug}`;
  return atomFor(items, { id: link, title: `${tool.name} on Stackyard`, link, self: `${origin}${urlOf(contracts.tools.feed, { params: { slug: tool.slug } })}` }, origin, now);
}

/** An Atom feed of one person's public activity. */
export async function getUserAtomFeed(db: Kysely<Database>, username: string, origin: string, now: Date): Promise<string> {
  const user = await findUserByUsername(db, username);
  if (!user || user.suspended_at !== null) throw AppError.notFound(`User "${username}"`);
  const items = await hydrate(db, await listActorEventKeys(db, user.id, ATOM_ENTRIES));
  const link = `${origin}/users/${user.username}`;
  return atomFor(
    items,
    { id: link, title: `${user.display_name ?? user.username} on Stackyard`, link, self: `${origin}${urlOf(contracts.users.feed, { params: { username: user.username } })}` },
    origin,
    now,
  );
}
