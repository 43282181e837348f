import { toPage, type Database, type Trx } from '@stackyard/db';
import {
  oneLine,
  slugify,
  type CreateStackRequest,
  type Page,
  type StackListItem,
  type StackListQuery,
  type StackDetail,
  type StackToolInput,
  type SyncDetectedToolsRequest,
  type SyncDetectedToolsResponse,
  type UpdateStackRequest,
} from '@stackyard/domain';
import type { Kysely } from 'kysely';
import { isModerator, readerOf, type Viewer } from '../auth/viewer.js';
import { badgeSvg } from '../badges/badge-svg.js';
import { AppError } from '../errors/app-error.js';
import { listDecisionsForStack } from '../repositories/decision-repository.js';
import { insertEvent } from '../repositories/event-repository.js';
import { isFollowing } from '../repositories/follow-repository.js';
import {
  confirmStackTools,
  deleteStackRow,
  deleteStackTools,
  findStackByOwnerAndSlug,
  insertStack,
  insertStackTools,
  listOwnerSlugsLike,
  listRecentlyUpdatedStacks,
  listStackToolDetails,
  listStackTools,
  lockStack,
  shiftStackToolCounters,
  updateStackFields,
  updateStackToolPlacements,
  type StackToolPlacement,
  type StackRow,
} from '../repositories/stack-repository.js';
import { findToolsBySlugs } from '../repositories/tool-repository.js';
import { toStackListItem } from './catalogue-mapping.js';
import { presentDecisions } from './decision-service.js';

const STACK_PAGE_DECISIONS = 10;

/**
 * Merges repeated tools (the last note and evidence win, the first place stays) and resolves slugs to ids;
 * unknown slugs are a 400 naming them. Each tool's position is its place in the list, which the stack's page
 * follows.
 */
async function resolveTools(trx: Trx, tools: StackToolInput[], field: string): Promise<Map<number, StackToolPlacement & { slug: string }>> {
  const merged = new Map<string, Pick<StackToolPlacement, 'note' | 'evidence'>>();
  for (const tool of tools) {
    const seen = merged.get(tool.slug);
    merged.set(tool.slug, { note: tool.note ?? seen?.note ?? null, evidence: tool.evidence ?? seen?.evidence });
  }
  const rows = await findToolsBySlugs(trx, [...merged.keys()]);
  const known = new Map(rows.map((row) => [row.slug, row.id]));
  const unknown = [...merged.keys()].filter((slug) => !known.has(slug));
  if (unknown.length > 0) {
    throw new AppError('validation_failed', `${field}: unknown tools: ${unknown.join(', ')}`, { unknownTools: unknown });
  }
  return new Map(
    [...merged].map(([slug, tool], position) => {
      const toolId = known.get(slug)!;
      return [toolId, { toolId, slug, position, ...tool }];
    }),
  );
}

async function freeSlug(trx: Trx, ownerId: number, name: string): Promise<string> {
  const base = (slugify(name) || 'stack').slice(0, 90).replace(/-+$/, '');
  const taken = await listOwnerSlugsLike(trx, ownerId, base);
  if (!taken.has(base)) return base;
  for (let suffix = 2; ; suffix++) if (!taken.has(`${base}-${suffix}`)) return `${base}-${suffix}`;
}

/** Creates a stack with its tools; each tool's stacks_count rises in the same transaction, with a feed event. */
export async function createStack(db: Kysely<Database>, viewer: Viewer, request: CreateStackRequest, now: Date): Promise<{ owner: string; slug: string }> {
  return db.transaction().execute(async (trx) => {
    const tools = await resolveTools(trx, request.tools, 'body.tools');
    const slug = await freeSlug(trx, viewer.id, request.name);
    const stackId = await insertStack(trx, {
      ownerId: viewer.id,
      slug,
      name: request.name,
      description: request.description,
      websiteUrl: request.websiteUrl ?? null,
      now,
    });
    const added = await insertStackTools(trx, stackId, [...tools.values()], now);
    await shiftStackToolCounters(trx, stackId, added, 1);
    await insertEvent(trx, { actorId: viewer.id, verb: 'stack.created', now, stackId, toolIds: added.map((tool) => tool.toolId) });
    return { owner: viewer.username, slug };
  });
}

/** The stack, if the viewer may see it: one out of public sight only for its owner and moderators. */
async function findVisibleStack(db: Kysely<Database>, owner: string, slug: string, viewer: Viewer | null): Promise<StackRow> {
  const stack = await findStackByOwnerAndSlug(db, owner, slug, readerOf(viewer));
  if (!stack) throw AppError.notFound(`Stack "${owner}/${slug}"`);
  return stack;
}

/** A stack's README badge: its name and how many tools it has, for anyone (a stack out of public sight is a 404). */
export async function getStackBadge(db: Kysely<Database>, owner: string, slug: string): Promise<string> {
  const stack = await findVisibleStack(db, owner, slug, null);
  const tools = `${stack.toolsCount} tool${stack.toolsCount === 1 ? '' : 's'}`;
  return badgeSvg('stackyard', `${oneLine(stack.name, 40)} · ${tools}`, `${stack.ownerUsername}/${stack.slug} on Stackyard: ${tools}`);
}

/** The stacks anyone may see, the most recently updated first: what a sitemap and a stacks index walk. */
export async function listStacks(db: Kysely<Database>, query: StackListQuery): Promise<Page<StackListItem>> {
  const page = toPage(await listRecentlyUpdatedStacks(db, query), query.limit, (row) => [row.sortKey, row.id]);
  return { ...page, items: page.items.map(toStackListItem) };
}

export async function getStack(db: Kysely<Database>, owner: string, slug: string, viewer: Viewer | null): Promise<StackDetail> {
  const stack = await findVisibleStack(db, owner, slug, viewer);
  const [tools, decisionRows, following] = await Promise.all([
    listStackToolDetails(db, stack.id),
    listDecisionsForStack(db, stack.id, STACK_PAGE_DECISIONS, readerOf(viewer)),
    viewer ? isFollowing(db, viewer.id, { type: 'stack', id: stack.id }) : false,
  ]);
  const groups: StackDetail['groups'] = [];
  for (const tool of tools) {
    let layer = groups.at(-1);
    if (layer?.slug !== tool.layerSlug) groups.push((layer = { slug: tool.layerSlug, name: tool.layerName, categories: [] }));
    // Within a layer the owner's order leads: a category comes where its first tool does, and gathers the rest.
    let category = layer.categories.find((known) => known.slug === tool.categorySlug);
    if (!category) layer.categories.push((category = { slug: tool.categorySlug, name: tool.categoryName, tools: [] }));
    category.tools.push({
      slug: tool.slug,
      name: tool.name,
      logoUrl: tool.logoUrl,
      tagline: tool.tagline,
      note: tool.note,
      source: tool.source,
      sourcePath: tool.sourcePath,
      sourceLine: tool.sourceLine,
      detectedAt: tool.detectedAt?.toISOString() ?? null,
      evidence: tool.evidence ?? [],
      addedAt: tool.addedAt.toISOString(),
      function: { slug: tool.functionSlug, name: tool.functionName },
    });
  }
  return {
    id: stack.id,
    slug: stack.slug,
    name: stack.name,
    description: stack.description,
    websiteUrl: stack.websiteUrl,
    owner: { username: stack.ownerUsername, displayName: stack.ownerDisplayName, avatarUrl: stack.ownerAvatarUrl },
    createdAt: stack.createdAt.toISOString(),
    updatedAt: stack.updatedAt.toISOString(),
    stats: { tools: stack.toolsCount, followers: stack.followersCount },
    groups,
    decisions: await presentDecisions(db, decisionRows, viewer),
    viewer: viewer ? { following, canEdit: viewer.id === stack.ownerId || isModerator(viewer) } : null,
    hidden: stack.hidden,
  };
}

/** The stack, locked, if the viewer may change it: its owner or a moderator (403 for anyone else). */
async function lockEditableStack(trx: Trx, owner: string, slug: string, viewer: Viewer): Promise<StackRow> {
  const stack = await findVisibleStack(trx, owner, slug, viewer);
  if (stack.ownerId !== viewer.id && !isModerator(viewer)) throw new AppError('forbidden', 'Only the owner of this stack or a moderator can change it');
  await lockStack(trx, stack.id);
  return stack;
}

/** Changes a stack; a new tool list replaces the old one, and every counter moves in the same transaction. */
export async function updateStack(
  db: Kysely<Database>,
  viewer: Viewer,
  owner: string,
  slug: string,
  request: UpdateStackRequest,
  now: Date,
): Promise<void> {
  await db.transaction().execute(async (trx) => {
    const stack = await lockEditableStack(trx, owner, slug, viewer);
    await updateStackFields(trx, stack.id, { name: request.name, description: request.description, websiteUrl: request.websiteUrl, now });
    if (!request.tools) return;
    const wanted = await resolveTools(trx, request.tools, 'body.tools');
    const current = new Set((await listStackTools(trx, stack.id)).map((tool) => tool.toolId));
    const removed = await deleteStackTools(trx, stack.id, [...current].filter((id) => !wanted.has(id)));
    await shiftStackToolCounters(trx, stack.id, removed, -1);
    const added = await insertStackTools(trx, stack.id, [...wanted.values()].filter((tool) => !current.has(tool.toolId)), now);
    await shiftStackToolCounters(trx, stack.id, added, 1);
    const kept = [...wanted.values()].filter((tool) => current.has(tool.toolId));
    await updateStackToolPlacements(trx, stack.id, kept);
    await confirmStackTools(trx, stack.id, kept.flatMap((tool) => (tool.evidence ? [{ toolId: tool.toolId, evidence: tool.evidence }] : [])), now);
    await recordToolsAdded(trx, viewer, stack.id, added, now);
  });
}

async function recordToolsAdded(trx: Trx, viewer: Viewer, stackId: number, added: Array<{ toolId: number }>, now: Date): Promise<void> {
  if (added.length > 0) await insertEvent(trx, { actorId: viewer.id, verb: 'stack.tools_added', now, stackId, toolIds: added.map((tool) => tool.toolId) });
}

/**
 * What detection finds now, in one transaction: found tools are added as detected, or confirmed with their
 * new evidence when already there (a tool added by hand stays one); tools detection had added and no longer
 * finds are removed. Tools added by hand are never removed here.
 */
export async function syncDetectedTools(
  db: Kysely<Database>,
  viewer: Viewer,
  owner: string,
  slug: string,
  request: SyncDetectedToolsRequest,
  now: Date,
): Promise<Omit<SyncDetectedToolsResponse, 'stack'>> {
  return db.transaction().execute(async (trx) => {
    const stack = await lockEditableStack(trx, owner, slug, viewer);
    const found = await resolveTools(trx, request.tools, 'body.tools');
    const current = new Map((await listStackTools(trx, stack.id)).map((tool) => [tool.toolId, tool]));
    const gone = [...current.values()].filter((tool) => tool.detected && !found.has(tool.toolId));
    const removed = await deleteStackTools(trx, stack.id, gone.map((tool) => tool.toolId));
    await shiftStackToolCounters(trx, stack.id, removed, -1);
    const end = current.size;
    const added = await insertStackTools(
      trx,
      stack.id,
      [...found.values()].filter((tool) => !current.has(tool.toolId)).map((tool, index) => ({ ...tool, position: end + index })),
      now,
    );
    await shiftStackToolCounters(trx, stack.id, added, 1);
    const confirmed = [...found.values()].filter((tool) => current.has(tool.toolId));
    await confirmStackTools(trx, stack.id, confirmed.map((tool) => ({ toolId: tool.toolId, evidence: tool.evidence! })), now);
    await updateStackFields(trx, stack.id, { now });
    await recordToolsAdded(trx, viewer, stack.id, added, now);
    const slugOf = (toolId: number) => found.get(toolId)?.slug ?? current.get(toolId)!.slug;
    const slugs = (tools: Array<{ toolId: number }>) => tools.map((tool) => slugOf(tool.toolId)).sort();
    return { added: slugs(added), confirmed: slugs(confirmed), removed: slugs(removed) };
  });
}

/** Deletes a stack; its tools' stacks_count falls in the same transaction. */
export async function deleteStack(db: Kysely<Database>, viewer: Viewer, owner: string, slug: string): Promise<void> {
  await db.transaction().execute(async (trx) => {
    const stack = await lockEditableStack(trx, owner, slug, viewer);
    await shiftStackToolCounters(trx, stack.id, await listStackTools(trx, stack.id), -1);
    await deleteStackRow(trx, stack.id);
  });
}
