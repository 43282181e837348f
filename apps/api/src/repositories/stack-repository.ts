import { newestFirst, paginate, type Database, type Db, type PageRequest, type StackToolEvidenceRow } from '@stackyard/db';
import { sql, type Kysely, type SqlBool } from 'kysely';
import { ANYONE, hiddenMark, visibleTo, type Reader } from './visibility.js';

export interface StackSummaryRow {
  id: number;
  slug: string;
  name: string;
  description: string;
  toolsCount: number;
  followersCount: number;
  ownerUsername: string;
  ownerDisplayName: string | null;
  ownerAvatarUrl: string | null;
  /** Out of public sight: shown only because the reader owns it or moderates. */
  hidden: boolean;
}

export interface ToolStackRow extends StackSummaryRow {
  addedAt: Date;
  /** stack_tools.created_at as PostgreSQL text: a cursor keeps the microseconds a JS Date would drop. */
  sortKey: string;
}

/** Stacks as lists show them: those the reader may see. */
function stackSummaryQuery(db: Db, reader: Reader) {
  return db
    .selectFrom('stacks as s')
    .innerJoin('users as u', 'u.id', 's.owner_id')
    .select([
      's.id',
      's.slug',
      's.name',
      's.description',
      's.tools_count as toolsCount',
      's.followers_count as followersCount',
      'u.username as ownerUsername',
      'u.display_name as ownerDisplayName',
      'u.avatar_url as ownerAvatarUrl',
      hiddenMark('s').as('hidden'),
    ])
    .where(visibleTo(reader, 'stack', 's'));
}

/**
 * A page of the stacks the reader may see that use a tool, the ones that added it most recently first, plus
 * one more row to tell whether more exist (see paginate). Walks stack_tools_tool_id_idx (tool_id, created_at
 * desc, stack_id desc), so a page costs the same for a tool in ten stacks or in a million.
 */
export async function listStacksUsingTool(db: Kysely<Database>, toolId: number, page: PageRequest, reader: Reader): Promise<ToolStackRow[]> {
  const query = stackSummaryQuery(db, reader)
    .innerJoin('stack_tools as st', 'st.stack_id', 's.id')
    .select(['st.created_at as addedAt', sql<string>`st.created_at::text`.as('sortKey')])
    .where('st.tool_id', '=', toolId);
  return paginate(query, newestFirst('st.created_at', 'st.stack_id'), page).execute();
}

export interface StackListRow extends StackSummaryRow {
  createdAt: Date;
  updatedAt: Date;
  /** stacks.updated_at as PostgreSQL text (see ToolStackRow.sortKey). */
  sortKey: string;
}

/**
 * A page of the stacks anyone may see, the most recently updated first, plus one more row (see paginate).
 * Served by stacks_updated_at_visible_idx, so the sitemap's last page costs what its first does.
 */
export async function listRecentlyUpdatedStacks(db: Db, page: PageRequest): Promise<StackListRow[]> {
  const query = stackSummaryQuery(db, ANYONE).select([
    's.created_at as createdAt',
    's.updated_at as updatedAt',
    sql<string>`s.updated_at::text`.as('sortKey'),
  ]);
  return paginate(query, newestFirst('s.updated_at', 's.id'), page).execute();
}

/**
 * Whether stack `s` uses every one of the given tools: its stored tool ids hold them all, which the GIN
 * index over visible stacks answers by intersecting each tool's list (see the stack_tool_ids migration).
 */
function usesAll(toolIds: number[]) {
  return sql<SqlBool>`s.tool_ids @> ${sql.val(toolIds)}::bigint[]`;
}

/** The most followed stacks anyone may see that use every one of the given tools. */
export async function listStacksUsingAll(db: Kysely<Database>, toolIds: number[], limit: number): Promise<StackSummaryRow[]> {
  return stackSummaryQuery(db, ANYONE)
    .where(usesAll(toolIds))
    .orderBy('s.followers_count', 'desc')
    .orderBy('s.id', 'desc')
    .limit(limit)
    .execute();
}

/** How many stacks anyone may see use every one of the given tools. */
export async function countStacksUsingAll(db: Kysely<Database>, toolIds: number[]): Promise<number> {
  const { rows } = await sql<{ count: number }>`
    select count(*)::int as count from stacks s
    where ${visibleTo(ANYONE, 'stack', 's')} and ${usesAll(toolIds)}`.execute(db);
  return rows[0]?.count ?? 0;
}

// ---- One stack: its page and its changes -------------------------------------------------------

export interface StackRow {
  id: number;
  ownerId: number;
  slug: string;
  name: string;
  description: string;
  websiteUrl: string | null;
  hidden: boolean;
  toolsCount: number;
  followersCount: number;
  createdAt: Date;
  updatedAt: Date;
  ownerUsername: string;
  ownerDisplayName: string | null;
  ownerAvatarUrl: string | null;
}

/**
 * A stack by its owner's username (any case) and its slug, if the reader may see it; `hidden` says it is out
 * of public sight (a moderator hid it, or its owner is suspended).
 */
export async function findStackByOwnerAndSlug(db: Db, owner: string, slug: string, reader: Reader): Promise<StackRow | undefined> {
  return db
    .selectFrom('stacks as s')
    .innerJoin('users as u', 'u.id', 's.owner_id')
    .select([
      's.id',
      's.owner_id as ownerId',
      's.slug',
      's.name',
      's.description',
      's.website_url as websiteUrl',
      hiddenMark('s').as('hidden'),
      's.tools_count as toolsCount',
      's.followers_count as followersCount',
      's.created_at as createdAt',
      's.updated_at as updatedAt',
      'u.username as ownerUsername',
      'u.display_name as ownerDisplayName',
      'u.avatar_url as ownerAvatarUrl',
    ])
    .where(sql`lower(u.username)`, '=', owner.toLowerCase())
    .where('s.slug', '=', slug)
    .where(visibleTo(reader, 'stack', 's'))
    .executeTakeFirst();
}

/** Locks a stack row for the rest of the transaction (changes to one stack apply one at a time). */
export async function lockStack(db: Db, id: number): Promise<{ id: number; followers: number } | undefined> {
  return db.selectFrom('stacks').select(['id', 'followers_count as followers']).where('id', '=', id).forUpdate().executeTakeFirst();
}

/** The owner's stack slugs that start with `base`, to pick a free one in one query. */
export async function listOwnerSlugsLike(db: Db, ownerId: number, base: string): Promise<Set<string>> {
  const rows = await db.selectFrom('stacks').select('slug').where('owner_id', '=', ownerId).where('slug', 'like', `${base}%`).execute();
  return new Set(rows.map((row) => row.slug));
}

export async function insertStack(
  db: Db,
  stack: { ownerId: number; slug: string; name: string; description: string; websiteUrl: string | null; now: Date },
): Promise<number> {
  const row = await db
    .insertInto('stacks')
    .values({
      owner_id: stack.ownerId,
      slug: stack.slug,
      name: stack.name,
      description: stack.description,
      website_url: stack.websiteUrl,
      created_at: stack.now,
      updated_at: stack.now,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export async function updateStackFields(
  db: Db,
  id: number,
  changes: { name?: string; description?: string; websiteUrl?: string | null; now: Date },
): Promise<void> {
  await db
    .updateTable('stacks')
    .set({
      ...(changes.name !== undefined ? { name: changes.name } : {}),
      ...(changes.description !== undefined ? { description: changes.description } : {}),
      ...(changes.websiteUrl !== undefined ? { website_url: changes.websiteUrl } : {}),
      updated_at: changes.now,
    })
    .where('id', '=', id)
    .execute();
}

export async function deleteStackRow(db: Db, id: number): Promise<void> {
  await db.deleteFrom('stacks').where('id', '=', id).execute();
}

/** A tool of a stack and whether detection added it (which decides the counters it moves). */
export interface StackToolRef {
  toolId: number;
  detected: boolean;
}

/** A stack's tools: each with its slug and whether detection added it. */
export async function listStackTools(db: Db, stackId: number): Promise<Array<StackToolRef & { slug: string }>> {
  const rows = await db
    .selectFrom('stack_tools as st')
    .innerJoin('tools as t', 't.id', 'st.tool_id')
    .select(['st.tool_id', 'st.source', 't.slug'])
    .where('st.stack_id', '=', stackId)
    .execute();
  return rows.map((row) => ({ toolId: row.tool_id, slug: row.slug, detected: row.source === 'detected' }));
}

/** A tool as a stack lists it: the owner's note, its place in the owner's order, and where detection saw it. */
export interface StackToolPlacement {
  toolId: number;
  note: string | null;
  position: number;
  /** Given when detection found it: the row is then marked detected, with its first place as its source. */
  evidence?: StackToolEvidenceRow[];
}

const provenance = (evidence: StackToolEvidenceRow[], now: Date) => ({
  source_path: evidence[0]!.file,
  source_line: evidence[0]!.line,
  evidence: JSON.stringify(evidence),
  detected_at: now,
});

/** Adds tools to a stack; returns those that were not in it already. */
export async function insertStackTools(db: Db, stackId: number, tools: StackToolPlacement[], now: Date): Promise<StackToolRef[]> {
  if (tools.length === 0) return [];
  const rows = await db
    .insertInto('stack_tools')
    .values(
      tools.map((tool) => ({
        stack_id: stackId,
        tool_id: tool.toolId,
        note: tool.note,
        position: tool.position,
        created_at: now,
        ...(tool.evidence ? { source: 'detected' as const, ...provenance(tool.evidence, now) } : { source: 'manual' as const }),
      })),
    )
    .onConflict((oc) => oc.columns(['stack_id', 'tool_id']).doNothing())
    .returning(['tool_id', 'source'])
    .execute();
  return rows.map((row) => ({ toolId: row.tool_id, detected: row.source === 'detected' }));
}

/** Removes tools from a stack; returns those that were in it. */
export async function deleteStackTools(db: Db, stackId: number, toolIds: number[]): Promise<StackToolRef[]> {
  if (toolIds.length === 0) return [];
  const rows = await db
    .deleteFrom('stack_tools')
    .where('stack_id', '=', stackId)
    .where('tool_id', 'in', toolIds)
    .returning(['tool_id', 'source'])
    .execute();
  return rows.map((row) => ({ toolId: row.tool_id, detected: row.source === 'detected' }));
}

/**
 * Records that detection saw tools already in a stack again: their evidence and confirmation date. How
 * they came in (by hand or detected) stays as it was.
 */
export async function confirmStackTools(db: Db, stackId: number, tools: Array<{ toolId: number; evidence: StackToolEvidenceRow[] }>, now: Date): Promise<void> {
  if (tools.length === 0) return;
  // One statement whatever their number, as updateStackToolPlacements does.
  const values = sql.join(
    tools.map((tool) => sql`(${tool.toolId}::bigint, ${tool.evidence[0]!.file}::text, ${tool.evidence[0]!.line}::integer, ${JSON.stringify(tool.evidence)}::jsonb)`),
  );
  await sql`update stack_tools st set source_path = v.path, source_line = v.line, evidence = v.evidence, detected_at = ${now}
            from (values ${values}) as v(tool_id, path, line, evidence)
            where st.stack_id = ${stackId} and st.tool_id = v.tool_id`.execute(db);
}

/** Sets the notes and order of tools already in a stack, in one statement whatever their number. */
export async function updateStackToolPlacements(db: Db, stackId: number, tools: StackToolPlacement[]): Promise<void> {
  if (tools.length === 0) return;
  const values = sql.join(tools.map((tool) => sql`(${tool.toolId}::bigint, ${tool.note}::text, ${tool.position}::integer)`));
  await sql`update stack_tools st set note = v.note, position = v.position
            from (values ${values}) as v(tool_id, note, position)
            where st.stack_id = ${stackId} and st.tool_id = v.tool_id
              and (st.note is distinct from v.note or st.position <> v.position)`.execute(db);
}

/**
 * Moves the cached counters a change of a stack's tools affects: each tool's stacks_count (and
 * detected_stacks_count for rows detection added) and the stack's tools_count.
 */
export async function shiftStackToolCounters(db: Db, stackId: number, tools: StackToolRef[], delta: 1 | -1): Promise<void> {
  if (tools.length === 0) return;
  const detected = tools.filter((tool) => tool.detected).map((tool) => tool.toolId);
  await db
    .updateTable('tools')
    .set((eb) => ({
      stacks_count: eb('stacks_count', '+', delta),
      detected_stacks_count:
        detected.length > 0
          ? eb('detected_stacks_count', '+', eb.case().when('id', 'in', detected).then(delta).else(0).end())
          : eb.ref('detected_stacks_count'),
    }))
    .where('id', 'in', tools.map((tool) => tool.toolId))
    .execute();
  await db
    .updateTable('stacks')
    .set((eb) => ({ tools_count: eb('tools_count', '+', delta * tools.length) }))
    .where('id', '=', stackId)
    .execute();
}

export interface StackToolDetailRow {
  slug: string;
  name: string;
  logoUrl: string | null;
  tagline: string;
  note: string | null;
  source: 'manual' | 'detected';
  sourcePath: string | null;
  sourceLine: number | null;
  detectedAt: Date | null;
  evidence: StackToolEvidenceRow[] | null;
  addedAt: Date;
  functionSlug: string;
  functionName: string;
  categorySlug: string;
  categoryName: string;
  layerSlug: string;
  layerName: string;
}

/**
 * A stack's tools with their place in the taxonomy, one query: layer by layer as the taxonomy orders them, and
 * within a layer in the owner's order (ties, such as rows from before it was kept, in the taxonomy's order).
 */
export async function listStackToolDetails(db: Db, stackId: number): Promise<StackToolDetailRow[]> {
  return db
    .selectFrom('stack_tools as st')
    .innerJoin('tools as t', 't.id', 'st.tool_id')
    .innerJoin('functions as f', 'f.id', 't.function_id')
    .innerJoin('categories as c', 'c.id', 'f.category_id')
    .innerJoin('layers as l', 'l.id', 'c.layer_id')
    .select([
      't.slug',
      't.name',
      't.logo_url as logoUrl',
      't.tagline',
      'st.note',
      'st.source',
      'st.source_path as sourcePath',
      'st.source_line as sourceLine',
      'st.detected_at as detectedAt',
      'st.evidence',
      'st.created_at as addedAt',
      'f.slug as functionSlug',
      'f.name as functionName',
      'c.slug as categorySlug',
      'c.name as categoryName',
      'l.slug as layerSlug',
      'l.name as layerName',
    ])
    .where('st.stack_id', '=', stackId)
    .orderBy('l.position')
    .orderBy('st.position')
    .orderBy('c.position')
    .orderBy('f.position')
    .orderBy(sql`lower(t.name)`)
    .execute();
}

/** A person's stacks that the reader may see, newest first. */
export async function listStacksOfOwner(db: Db, ownerId: number, limit: number, reader: Reader): Promise<StackSummaryRow[]> {
  return stackSummaryQuery(db, reader).where('s.owner_id', '=', ownerId).orderBy('s.created_at', 'desc').orderBy('s.id', 'desc').limit(limit).execute();
}
