import { sql, type Kysely, type SqlBool } from 'kysely';
import { afterKey, keysetOrder, pageWindow, paginate, type Database, type Keyset, type PageRequest } from '@stackyard/db';
import type { ToolSort } from '@stackyard/domain';

export interface ToolListFilters {
  search?: string | undefined;
  layer?: string | undefined;
  category?: string | undefined;
  function?: string | undefined;
  openSource?: boolean | undefined;
  /** Only tools of these functions (alternatives). */
  functionIds?: number[] | undefined;
  /** Never these tools (a tool is not its own alternative). */
  excludeIds?: number[] | undefined;
}

/**
 * How each sort orders tools, and the key a cursor carries for it. Every sort ends on the id so the order
 * is total, and each has an index that serves it (see the initial migration).
 */
const id = sql`t.id`;
const sorts: Record<ToolSort, Keyset> = {
  popular: { key: sql`t.stacks_count`, id, cast: 'bigint', direction: 'desc' },
  followers: { key: sql`t.followers_count`, id, cast: 'bigint', direction: 'desc' },
  votes: { key: sql`t.votes_count`, id, cast: 'bigint', direction: 'desc' },
  // Timestamps travel as PostgreSQL's own text, which keeps the microseconds a JS Date would drop.
  newest: { key: sql`t.created_at`, id, cast: 'timestamptz', direction: 'desc' },
  name: { key: sql`lower(t.name)`, id, cast: 'text', direction: 'asc' },
};

export interface ToolSummaryRow {
  id: number;
  slug: string;
  name: string;
  tagline: string;
  logoUrl: string | null;
  openSource: boolean;
  functionSlug: string;
  functionName: string;
  stacksCount: number;
  detectedStacksCount: number;
  followersCount: number;
  votesCount: number;
  githubStars: number | null;
  githubForks: number | null;
  githubSyncedAt: Date | null;
  githubPushedAt: Date | null;
  sortKey: string | number;
}

function baseToolQuery(db: Kysely<Database>) {
  return db
    .selectFrom('tools as t')
    .innerJoin('functions as f', 'f.id', 't.function_id')
    .innerJoin('categories as c', 'c.id', 'f.category_id')
    .innerJoin('layers as l', 'l.id', 'c.layer_id')
    .select([
      't.id',
      't.slug',
      't.name',
      't.tagline',
      't.logo_url as logoUrl',
      't.open_source as openSource',
      'f.slug as functionSlug',
      'f.name as functionName',
      't.stacks_count as stacksCount',
      't.detected_stacks_count as detectedStacksCount',
      't.followers_count as followersCount',
      't.votes_count as votesCount',
      't.github_stars as githubStars',
      't.github_forks as githubForks',
      't.github_synced_at as githubSyncedAt',
      't.github_pushed_at as githubPushedAt',
    ]);
}

/** Escapes LIKE wildcards so that user text matches literally. */
function likeContains(text: string): string {
  return `%${text.toLowerCase().replace(/[\\%_]/g, (character) => `\\${character}`)}%`;
}

/** One page of tools in the chosen order, plus one more row to tell if more exist (see paginate). */
export async function listTools(db: Kysely<Database>, filters: ToolListFilters, sort: ToolSort, page: PageRequest): Promise<ToolSummaryRow[]> {
  const order = sorts[sort];
  const sortKey = sort === 'newest' ? sql<string>`t.created_at::text` : sql<string | number>`${order.key}`;
  let query = baseToolQuery(db).select(sortKey.as('sortKey'));

  if (filters.function) query = query.where('f.slug', '=', filters.function);
  if (filters.category) query = query.where('c.slug', '=', filters.category);
  if (filters.layer) query = query.where('l.slug', '=', filters.layer);
  if (filters.openSource !== undefined) query = query.where('t.open_source', '=', filters.openSource);
  if (filters.functionIds) query = query.where('t.function_id', 'in', filters.functionIds.length > 0 ? filters.functionIds : [-1]);
  if (filters.excludeIds && filters.excludeIds.length > 0) query = query.where('t.id', 'not in', filters.excludeIds);
  if (filters.search) query = query.where(sql<SqlBool>`lower(t.name) like ${likeContains(filters.search)} escape '\\'`);
  return paginate(query, order, page).execute();
}

export interface ToolDetailRow extends Omit<ToolSummaryRow, 'sortKey'> {
  functionId: number;
  description: string;
  websiteUrl: string | null;
  githubRepo: string | null;
  license: string | null;
  categorySlug: string;
  categoryName: string;
  layerSlug: string;
  layerName: string;
}

function toolDetailQuery(db: Kysely<Database>) {
  return baseToolQuery(db).select([
    't.function_id as functionId',
    't.description',
    't.website_url as websiteUrl',
    't.github_repo as githubRepo',
    't.license',
    'c.slug as categorySlug',
    'c.name as categoryName',
    'l.slug as layerSlug',
    'l.name as layerName',
  ]);
}

export async function findToolBySlug(db: Kysely<Database>, slug: string): Promise<ToolDetailRow | undefined> {
  return toolDetailQuery(db).where('t.slug', '=', slug).executeTakeFirst();
}

/** The tools with these slugs, in no particular order; unknown slugs are simply absent. */
export async function findToolsBySlugs(db: Kysely<Database>, slugs: string[]): Promise<ToolDetailRow[]> {
  return toolDetailQuery(db).where('t.slug', 'in', slugs).execute();
}

export interface ToolLinkRow {
  slug: string;
  name: string;
  logoUrl: string | null;
}

export interface IntegrationRow extends ToolLinkRow {
  /** The tool (one of those asked about) that integrates with this one. */
  toolId: number;
  /** The other tool's stacks_count and id: its place in the order, which a cursor carries. */
  stacksCount: number;
  id: number;
}

export interface TopIntegrationRow extends IntegrationRow {
  /** How many tools the asked-about tool integrates with in all. */
  total: number;
}

/** Integrations, most used tools first: the other tool's stacks_count, then its id. */
const mostUsedIntegration: Keyset = { key: sql`t.stacks_count`, id: sql`t.id`, cast: 'bigint', direction: 'desc' };

/**
 * The tools that each of `toolIds` integrates with, both columns of each stored pair (smaller id first)
 * looked up through their indexes: `tool_id` names the asked-about tool, `integrated_id` the other.
 */
function integrationPairs(toolIds: number[]) {
  const ids = sql.join(toolIds);
  return sql`(
      select i.tool_id, i.other_tool_id as integrated_id from tool_integrations i where i.tool_id in (${ids})
      union all
      select i.other_tool_id, i.tool_id from tool_integrations i where i.other_tool_id in (${ids})
    )`;
}

const INTEGRATION_COLUMNS = sql`t.slug, t.name, t.logo_url as "logoUrl", t.stacks_count as "stacksCount", t.id`;

/**
 * The first `perTool` tools each of the given tools integrates with (most used first), one more when there
 * is one, and how many there are in all, in one query.
 */
export async function listTopIntegrationsOf(db: Kysely<Database>, toolIds: number[], perTool: number): Promise<TopIntegrationRow[]> {
  if (toolIds.length === 0) return [];
  const { rows } = await sql<TopIntegrationRow & { place: number }>`
    select * from (
      select pair.tool_id as "toolId", ${INTEGRATION_COLUMNS},
             count(*) over (partition by pair.tool_id)::int as total,
             row_number() over (partition by pair.tool_id order by ${keysetOrder(mostUsedIntegration)}) as place
      from ${integrationPairs(toolIds)} pair
      join tools t on t.id = pair.integrated_id
    ) ranked
    where place <= ${perTool + 1}
    order by "toolId", place`.execute(db);
  return rows.map(({ place: _place, ...row }) => row);
}

/** A page of the tools one tool integrates with, most used first, one more row than the page shows. */
export async function listIntegrationsPage(db: Kysely<Database>, toolId: number, page: PageRequest): Promise<IntegrationRow[]> {
  const { after, fetch } = pageWindow(page);
  const { rows } = await sql<IntegrationRow>`
    select pair.tool_id as "toolId", ${INTEGRATION_COLUMNS}
    from ${integrationPairs([toolId])} pair
    join tools t on t.id = pair.integrated_id
    where ${afterKey(mostUsedIntegration, after)}
    order by ${keysetOrder(mostUsedIntegration)}
    limit ${fetch}`.execute(db);
  return rows;
}

/** The tools that every one of `toolIds` integrates with, most used first, the first `limit`. */
export async function listSharedIntegrations(db: Kysely<Database>, toolIds: number[], limit: number): Promise<ToolLinkRow[]> {
  if (toolIds.length === 0) return [];
  const { rows } = await sql<ToolLinkRow>`
    select t.slug, t.name, t.logo_url as "logoUrl"
    from ${integrationPairs(toolIds)} pair
    join tools t on t.id = pair.integrated_id
    group by t.id
    having count(distinct pair.tool_id) = ${toolIds.length}
    order by ${keysetOrder(mostUsedIntegration)}
    limit ${limit}`.execute(db);
  return rows;
}
