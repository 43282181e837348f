import { sql, type Kysely } from 'kysely';
import { pageWindow, type Database, type PageRequest, type ReasonKind, type ReasonRow as ReasonTableRow, type Trx } from '@stackyard/db';
import { REASON_KINDS } from '@stackyard/domain';
import { ANYONE, hiddenMark, visibleTo, type Reader } from './visibility.js';

/** A pro or con as pages show it. */
export interface ReasonRow {
  id: number;
  toolId: number;
  kind: ReasonKind;
  text: string;
  votesCount: number;
  createdAt: Date;
  /** Out of public sight: shown only because the reader wrote it or moderates. */
  hidden: boolean;
}

const REASON_COLUMNS = sql`r.id, r.tool_id as "toolId", r.kind, r.text, r.votes_count as "votesCount", r.created_at as "createdAt", ${hiddenMark('r')} as hidden`;

/**
 * The ranking of a tool's pros or cons, which reasons_ranking_idx holds in order: most votes first, then the
 * first written first (ids rise as reasons are written).
 */
const RANKED = sql`r.votes_count desc, r.id asc`;

/**
 * The first `perKind` pros and cons of each tool that the reader may see, ranked, and one more of a kind
 * when there is one (so that the caller knows whether a page follows). One query: for each tool and kind a
 * walk of the ranking index that stops after `perKind + 1` rows, however many reasons the tool has. Each
 * walk names its tool and kind as constants, so that PostgreSQL plans it from that tool's own statistics
 * (a walk joined to a list of tools is planned for an average tool, and sorts all of a popular one's).
 */
export async function listTopReasonsOf(db: Kysely<Database>, toolIds: number[], reader: Reader, perKind: number): Promise<ReasonRow[]> {
  if (toolIds.length === 0) return [];
  const walks = toolIds.flatMap((toolId) =>
    REASON_KINDS.map(
      (kind) => sql`(select ${REASON_COLUMNS} from reasons r
        where r.tool_id = ${toolId} and r.kind = ${kind} and ${visibleTo(reader, 'reason', 'r')}
        order by ${RANKED}
        limit ${perKind + 1})`,
    ),
  );
  const { rows } = await sql<ReasonRow>`${sql.join(walks, sql` union all `)}`.execute(db);
  return rows;
}

export interface ReasonCountRow {
  toolId: number;
  kind: ReasonKind;
  count: number;
}

/** How many pros and how many cons of each tool the reader may see (kinds without any have no row), from the ranking index alone. */
export async function countReasonsOf(db: Kysely<Database>, toolIds: number[], reader: Reader): Promise<ReasonCountRow[]> {
  if (toolIds.length === 0) return [];
  return db
    .selectFrom('reasons as r')
    .select(['r.tool_id as toolId', 'r.kind', sql<number>`count(*)::int`.as('count')])
    .where('r.tool_id', 'in', toolIds)
    .where(visibleTo(reader, 'reason', 'r'))
    .groupBy(['r.tool_id', 'r.kind'])
    .execute();
}

/**
 * A page of one tool's pros or cons that the reader may see, in the ranking's order, strictly after the
 * cursor's [votes, id], one more row than the page shows (see toPage). The ranking mixes directions (votes
 * down, ids up), so the bound is written out: `votes <= v` is what the index range starts from.
 */
export async function listReasonsPage(
  db: Kysely<Database>,
  toolId: number,
  kind: ReasonKind,
  reader: Reader,
  page: PageRequest,
): Promise<ReasonRow[]> {
  const { after, fetch } = pageWindow(page);
  const bound = after ? sql`and r.votes_count <= ${after[0]} and (r.votes_count < ${after[0]} or r.id > ${after[1]})` : sql``;
  const { rows } = await sql<ReasonRow>`
    select ${REASON_COLUMNS} from reasons r
    where r.tool_id = ${toolId} and r.kind = ${kind} and ${visibleTo(reader, 'reason', 'r')} ${bound}
    order by ${RANKED}
    limit ${fetch}`.execute(db);
  return rows;
}

/**
 * Locks a reason anyone may see for the rest of the transaction. Every change to a reason's votes takes this
 * lock first, so changes to one reason are applied one at a time, in the order they are acknowledged; one
 * out of sight takes no votes (they would count in no tool's votes_count).
 */
export async function lockVisibleReason(trx: Trx, id: number): Promise<Pick<ReasonTableRow, 'id' | 'tool_id' | 'author_id'> | undefined> {
  return trx
    .selectFrom('reasons as r')
    .select(['r.id', 'r.tool_id', 'r.author_id'])
    .where('r.id', '=', id)
    .where(visibleTo(ANYONE, 'reason', 'r'))
    .forUpdate()
    .executeTakeFirst();
}

/** Inserts a reason unless the tool has one with the same text in another case; undefined then. */
export async function insertReasonUnlessDuplicate(
  trx: Trx,
  reason: { toolId: number; kind: ReasonKind; text: string; authorId: number; now: Date },
): Promise<ReasonTableRow | undefined> {
  const { rows } = await sql<ReasonTableRow>`
    insert into reasons (tool_id, kind, text, author_id, created_at, updated_at)
    values (${reason.toolId}, ${reason.kind}, ${reason.text}, ${reason.authorId}, ${reason.now}, ${reason.now})
    on conflict (tool_id, lower(text)) do nothing
    returning *`.execute(trx);
  return rows[0];
}

export async function findReasonByText(trx: Trx, toolId: number, text: string): Promise<ReasonTableRow | undefined> {
  return trx
    .selectFrom('reasons')
    .selectAll()
    .where('tool_id', '=', toolId)
    .where(sql`lower(text)`, '=', text.toLowerCase())
    .executeTakeFirst();
}

export async function updateReasonText(trx: Trx, id: number, text: string, now: Date): Promise<ReasonTableRow> {
  return trx.updateTable('reasons').set({ text, updated_at: now }).where('id', '=', id).returningAll().executeTakeFirstOrThrow();
}

/** Whether anyone but the author has voted for the reason. */
export async function hasVotesFromOthers(trx: Trx, reasonId: number, authorId: number): Promise<boolean> {
  const row = await trx
    .selectFrom('reason_votes')
    .select('user_id')
    .where('reason_id', '=', reasonId)
    .where('user_id', '<>', authorId)
    .limit(1)
    .executeTakeFirst();
  return row !== undefined;
}
