import { renderMarkdown, toPage, type Database, type PageRequest } from '@stackyard/db';
import type { CreateDecisionRequest, Decision, Page, VoteResult } from '@stackyard/domain';
import type { Kysely } from 'kysely';
import { readerOf, type Viewer } from '../auth/viewer.js';
import { AppError } from '../errors/app-error.js';
import {
  addToDecisionVotes,
  deleteDecisionVote,
  findDecision,
  insertDecision,
  insertDecisionTools,
  insertDecisionVote,
  listDecisionsForTool,
  listToolsOfDecisions,
  listVotedDecisionIds,
  lockVisibleDecision,
  readDecisionVotes,
  type DecisionRow,
} from '../repositories/decision-repository.js';
import { insertEvent } from '../repositories/event-repository.js';
import { findStackByOwnerAndSlug } from '../repositories/stack-repository.js';
import { findToolBySlug, findToolsBySlugs } from '../repositories/tool-repository.js';
import { lockActiveVoter } from '../repositories/user-repository.js';
import { ANYONE } from '../repositories/visibility.js';
import { toToolLink } from './catalogue-mapping.js';

/**
 * Decisions as the API shows them, with their tools and the viewer's votes: two queries for any number. The
 * rows are those the viewer may see (repositories/visibility.ts); `hidden` marks what only they see.
 */
export async function presentDecisions(db: Kysely<Database>, rows: DecisionRow[], viewer: Viewer | null): Promise<Decision[]> {
  const ids = rows.map((row) => row.id);
  const [tools, voted] = await Promise.all([
    listToolsOfDecisions(db, ids),
    viewer ? listVotedDecisionIds(db, viewer.id, ids) : Promise.resolve(null),
  ]);
  return rows.map((row) =>
    toDecision(
      row,
      tools.filter((tool) => tool.decisionId === row.id),
      voted ? voted.has(row.id) : null,
    ),
  );
}

/** A decision as the API shows it, from its row, its tools and whether the viewer voted (null: nobody signed in). */
export function toDecision(row: DecisionRow, tools: Array<{ slug: string; name: string; logoUrl: string | null }>, viewerVoted: boolean | null): Decision {
  return {
    id: row.id,
    author: { username: row.authorUsername, displayName: row.authorDisplayName, avatarUrl: row.authorAvatarUrl },
    body: row.body,
    html: row.html,
    tools: tools.map(toToolLink),
    stack:
      row.stackSlug && row.stackOwner && row.stackName
        ? { owner: row.stackOwner, slug: row.stackSlug, name: row.stackName, hidden: row.stackHidden === true }
        : null,
    votes: row.votesCount,
    createdAt: row.createdAt.toISOString(),
    viewerVoted,
    hidden: row.hidden,
  };
}

/** A draft rendered as postDecision would store it (the same renderer, so the preview is what will be posted). */
export function previewDecision(body: string): { html: string } {
  return { html: renderMarkdown(body) };
}

/** Posts a decision about 1-10 tools, maybe within one of the author's stacks, with its feed event. */
export async function postDecision(db: Kysely<Database>, viewer: Viewer, request: CreateDecisionRequest, now: Date): Promise<Decision> {
  // Rendered once, before the transaction; reads return the stored HTML (an edit renders its new body too).
  const html = renderMarkdown(request.body);
  const id = await db.transaction().execute(async (trx) => {
    const slugs = [...new Set(request.tools)];
    const tools = await findToolsBySlugs(trx, slugs);
    const unknown = slugs.filter((slug) => !tools.some((tool) => tool.slug === slug));
    if (unknown.length > 0) throw new AppError('validation_failed', `body.tools: unknown tools: ${unknown.join(', ')}`, { unknownTools: unknown });

    let stackId: number | null = null;
    if (request.stack) {
      const [owner, slug] = request.stack.split('/') as [string, string];
      const stack = await findStackByOwnerAndSlug(trx, owner, slug, ANYONE);
      if (!stack) throw new AppError('validation_failed', `body.stack: there is no stack "${request.stack}"`);
      if (stack.ownerId !== viewer.id) throw new AppError('forbidden', 'A decision can only be attached to one of your own stacks');
      stackId = stack.id;
    }
    const decisionId = await insertDecision(trx, { authorId: viewer.id, stackId, body: request.body, html, now });
    const toolIds = tools.map((tool) => tool.id);
    await insertDecisionTools(trx, decisionId, toolIds);
    await insertEvent(trx, { actorId: viewer.id, verb: 'decision.posted', now, decisionId, stackId, toolIds });
    return decisionId;
  });
  return getDecision(db, id, viewer);
}

export async function getDecision(db: Kysely<Database>, id: number, viewer: Viewer | null): Promise<Decision> {
  const row = await findDecision(db, id, readerOf(viewer));
  if (!row) throw AppError.notFound('That decision');
  const [decision] = await presentDecisions(db, [row], viewer);
  return decision!;
}

/** Sets the viewer's vote on a decision, like votes on pros and cons: idempotent, counter in the same transaction. */
export async function setDecisionVote(db: Kysely<Database>, viewer: Viewer, id: number, value: 0 | 1, now: Date): Promise<VoteResult> {
  return db.transaction().execute(async (trx) => {
    if (!(await lockActiveVoter(trx, viewer.id))) throw new AppError('forbidden', 'This account is suspended; its votes do not count');
    if (!(await lockVisibleDecision(trx, id))) throw AppError.notFound('That decision');
    const changed = value === 1 ? await insertDecisionVote(trx, id, viewer.id, now) : await deleteDecisionVote(trx, id, viewer.id);
    const votes = changed ? await addToDecisionVotes(trx, id, value === 1 ? 1 : -1) : await readDecisionVotes(trx, id);
    return { id, votes, viewerVoted: value === 1 };
  });
}

/** The decisions that name a tool, newest first. */
export async function listToolDecisions(
  db: Kysely<Database>,
  slug: string,
  query: PageRequest,
  viewer: Viewer | null,
): Promise<Page<Decision>> {
  const tool = await findToolBySlug(db, slug);
  if (!tool) throw AppError.notFound(`Tool "${slug}"`);
  const page = toPage(await listDecisionsForTool(db, tool.id, query, readerOf(viewer)), query.limit, (row) => [row.sortKey, row.id]);
  return { ...page, items: await presentDecisions(db, page.items, viewer) };
}
