import { newestFirst, orderByKeyset, paginate, type Db, type PageRequest, type Trx } from '@stackyard/db';
import { sql, type SqlBool } from 'kysely';
import { ANYONE, hiddenMark, visibleTo, type Reader } from './visibility.js';

/** `html` is the body rendered (renderMarkdown), stored so that reads never render. */
export async function insertDecision(
  trx: Trx,
  decision: { authorId: number; stackId: number | null; body: string; html: string; now: Date },
): Promise<number> {
  const row = await trx
    .insertInto('decisions')
    .values({
      author_id: decision.authorId,
      stack_id: decision.stackId,
      body: decision.body,
      html: decision.html,
      created_at: decision.now,
      updated_at: decision.now,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export async function insertDecisionTools(trx: Trx, decisionId: number, toolIds: number[]): Promise<void> {
  await trx.insertInto('decision_tools').values(toolIds.map((toolId) => ({ decision_id: decisionId, tool_id: toolId }))).execute();
}

export interface DecisionRow {
  id: number;
  body: string;
  /** The body rendered when it was written. */
  html: string;
  votesCount: number;
  /** Out of public sight: shown only because the reader wrote it or moderates. */
  hidden: boolean;
  createdAt: Date;
  sortKey: string;
  authorUsername: string;
  authorDisplayName: string | null;
  authorAvatarUrl: string | null;
  /** Its stack, when it has one the reader may see (null otherwise, also for a stack a moderator hid). */
  stackSlug: string | null;
  stackName: string | null;
  stackOwner: string | null;
  stackHidden: boolean | null;
}

/** Decisions the reader may see, each with its stack when the reader may see that too. */
function decisionQuery(db: Db, reader: Reader) {
  return db
    .selectFrom('decisions as d')
    .innerJoin('users as a', 'a.id', 'd.author_id')
    .leftJoin('stacks as s', (join) => join.onRef('s.id', '=', 'd.stack_id').on(visibleTo(reader, 'stack', 's')))
    .leftJoin('users as o', 'o.id', 's.owner_id')
    .select([
      'd.id',
      'd.body',
      'd.html',
      'd.votes_count as votesCount',
      hiddenMark('d').as('hidden'),
      'd.created_at as createdAt',
      sql<string>`d.created_at::text`.as('sortKey'),
      'a.username as authorUsername',
      'a.display_name as authorDisplayName',
      'a.avatar_url as authorAvatarUrl',
      's.slug as stackSlug',
      's.name as stackName',
      'o.username as stackOwner',
      hiddenMark('s').as('stackHidden'),
    ])
    .where(visibleTo(reader, 'decision', 'd'));
}

export async function findDecision(db: Db, id: number, reader: Reader): Promise<DecisionRow | undefined> {
  return decisionQuery(db, reader).where('d.id', '=', id).executeTakeFirst();
}

const newestDecisionsFirst = newestFirst('d.created_at', 'd.id');

/** A page of the decisions the reader may see that name a tool, newest first, plus one more row (see paginate). */
export async function listDecisionsForTool(db: Db, toolId: number, page: PageRequest, reader: Reader): Promise<DecisionRow[]> {
  const query = decisionQuery(db, reader).where((eb) =>
    eb.exists(eb.selectFrom('decision_tools as dt').select('dt.tool_id').whereRef('dt.decision_id', '=', 'd.id').where('dt.tool_id', '=', toolId)),
  );
  return paginate(query, newestDecisionsFirst, page).execute();
}

export async function listDecisionsForStack(db: Db, stackId: number, limit: number, reader: Reader): Promise<DecisionRow[]> {
  return orderByKeyset(decisionQuery(db, reader).where('d.stack_id', '=', stackId), newestDecisionsFirst).limit(limit).execute();
}

export interface DecisionWithToolsRow extends DecisionRow {
  /** The tools it names, by name. */
  tools: Array<{ slug: string; name: string; logoUrl: string | null }>;
}

/**
 * The ids of the decisions that name every one of the given tools (at least one), as a subquery: each
 * tool's links joined on the decision. Each tool is a constant of its own, so PostgreSQL plans the join from
 * each tool's statistics (decisions name a few tools, and a popular tool a few hundred decisions; stacks,
 * which name many more, keep a stored set instead: see usesAll in the stack repository).
 */
function decisionsNamingEveryTool(toolIds: number[]) {
  const [first, ...others] = toolIds;
  const joins = others.map((toolId, index) => {
    const alias = sql.raw(`l${index + 1}`);
    return sql`join decision_tools ${alias} on ${alias}.decision_id = l0.decision_id and ${alias}.tool_id = ${toolId}`;
  });
  return sql`(select l0.decision_id from decision_tools l0 ${sql.join(joins, sql` `)} where l0.tool_id = ${first})`;
}

/**
 * The newest decisions anyone may see that name every one of the given tools, each with all the tools it
 * names (a JSON array, in the order listToolsOfDecisions gives): one query, whatever the number shown.
 */
export async function listDecisionsNamingAll(db: Db, toolIds: number[], limit: number): Promise<DecisionWithToolsRow[]> {
  const query = decisionQuery(db, ANYONE)
    .where(sql<SqlBool>`d.id in ${decisionsNamingEveryTool(toolIds)}`)
    .select(
      sql<DecisionWithToolsRow['tools']>`(
        select coalesce(json_agg(json_build_object('slug', t.slug, 'name', t.name, 'logoUrl', t.logo_url) order by t.name), '[]'::json)
        from decision_tools dt join tools t on t.id = dt.tool_id
        where dt.decision_id = d.id)`.as('tools'),
    );
  return orderByKeyset(query, newestDecisionsFirst).limit(limit).execute();
}

export async function listDecisionsByAuthor(db: Db, authorId: number, limit: number, reader: Reader): Promise<DecisionRow[]> {
  return orderByKeyset(decisionQuery(db, reader).where('d.author_id', '=', authorId), newestDecisionsFirst).limit(limit).execute();
}

export interface DecisionToolRow {
  decisionId: number;
  slug: string;
  name: string;
  logoUrl: string | null;
}

/** The tools of several decisions in one query. */
export async function listToolsOfDecisions(db: Db, decisionIds: number[]): Promise<DecisionToolRow[]> {
  if (decisionIds.length === 0) return [];
  return db
    .selectFrom('decision_tools as dt')
    .innerJoin('tools as t', 't.id', 'dt.tool_id')
    .select(['dt.decision_id as decisionId', 't.slug', 't.name', 't.logo_url as logoUrl'])
    .where('dt.decision_id', 'in', decisionIds)
    .orderBy('t.name')
    .execute();
}

/** Which of these decisions the user voted for, in one query. */
export async function listVotedDecisionIds(db: Db, userId: number, decisionIds: number[]): Promise<Set<number>> {
  if (decisionIds.length === 0) return new Set();
  const rows = await db.selectFrom('decision_votes').select('decision_id').where('user_id', '=', userId).where('decision_id', 'in', decisionIds).execute();
  return new Set(rows.map((row) => row.decision_id));
}

/** Locks a decision anyone may see for the rest of the transaction (its votes change one at a time). */
export async function lockVisibleDecision(trx: Trx, id: number): Promise<{ id: number } | undefined> {
  return trx.selectFrom('decisions as d').select('d.id').where('d.id', '=', id).where(visibleTo(ANYONE, 'decision', 'd')).forUpdate().executeTakeFirst();
}

export async function insertDecisionVote(trx: Trx, decisionId: number, userId: number, now: Date): Promise<boolean> {
  const row = await trx
    .insertInto('decision_votes')
    .values({ decision_id: decisionId, user_id: userId, created_at: now })
    .onConflict((oc) => oc.columns(['decision_id', 'user_id']).doNothing())
    .returning('decision_id')
    .executeTakeFirst();
  return row !== undefined;
}

export async function deleteDecisionVote(trx: Trx, decisionId: number, userId: number): Promise<boolean> {
  const row = await trx
    .deleteFrom('decision_votes')
    .where('decision_id', '=', decisionId)
    .where('user_id', '=', userId)
    .returning('decision_id')
    .executeTakeFirst();
  return row !== undefined;
}

export async function readDecisionVotes(trx: Trx, decisionId: number): Promise<number> {
  const row = await trx.selectFrom('decisions').select('votes_count').where('id', '=', decisionId).executeTakeFirstOrThrow();
  return row.votes_count;
}

/** Moves a decision's cached vote count; returns the new count. */
export async function addToDecisionVotes(trx: Trx, decisionId: number, delta: -1 | 1): Promise<number> {
  const row = await trx
    .updateTable('decisions')
    .set((eb) => ({ votes_count: eb('votes_count', '+', delta) }))
    .where('id', '=', decisionId)
    .returning('votes_count')
    .executeTakeFirstOrThrow();
  return row.votes_count;
}
