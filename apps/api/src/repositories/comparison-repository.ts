import { orderByKeyset, paginate, type Database, type Keyset, type PageRequest } from '@stackyard/db';
import { sql, type Kysely, type SqlBool } from 'kysely';

export interface MonthlyAdoptionRow {
  toolId: number;
  /** "YYYY-MM", UTC. */
  month: string;
  stacksAdded: number;
}

/**
 * How many of today's stacks added each tool per month from the month of `since` (the first instant of a
 * UTC month, as adoptionMonths gives it); months without any are absent. Read from tool_adoption_months,
 * which stack_tools' triggers keep: a row per tool and month, however many stacks added the tool.
 */
export async function countStacksAddedPerMonth(
  db: Kysely<Database>,
  toolIds: number[],
  since: Date,
): Promise<MonthlyAdoptionRow[]> {
  const { rows } = await sql<MonthlyAdoptionRow>`
    select m.tool_id as "toolId", to_char(m.month, 'YYYY-MM') as month, m.stacks_added as "stacksAdded"
    from tool_adoption_months m
    where m.tool_id in (${sql.join(toolIds)}) and m.month >= (${since}::timestamptz at time zone 'UTC')::date`.execute(db);
  return rows;
}

export interface UsedTogetherRow {
  slug: string;
  name: string;
  logoUrl: string | null;
  /** Stacks that use the tool together with `pairedWith`. */
  stacks: number;
  /** Of the given tools, the slug of the one it shares the most stacks with. */
  pairedWith: string;
}

/**
 * The tools found in the most stacks together with one of the given tools (which are left out), each with
 * the given tool it is most often with. Read from tool_pairs: each given tool's top partners are one range
 * of tool_pairs_top_idx, so the cost is the same for tools in ten stacks or in a million.
 */
export async function listToolsUsedTogether(db: Kysely<Database>, toolIds: number[], limit: number): Promise<UsedTogetherRow[]> {
  const ids = sql.join(toolIds);
  const { rows } = await sql<UsedTogetherRow>`
    select t.slug, t.name, t.logo_url as "logoUrl", best.stacks_count as stacks, paired.slug as "pairedWith"
    from (
      select distinct on (p.other_tool_id) p.other_tool_id, p.tool_id, p.stacks_count
      from tools compared
      cross join lateral (
        select p.tool_id, p.other_tool_id, p.stacks_count from tool_pairs p
        where p.tool_id = compared.id and p.other_tool_id not in (${ids})
        order by p.stacks_count desc, p.other_tool_id
        limit ${limit}
      ) p
      where compared.id in (${ids})
      order by p.other_tool_id, p.stacks_count desc, p.tool_id
    ) best
    join tools t on t.id = best.other_tool_id
    join tools paired on paired.id = best.tool_id
    order by best.stacks_count desc, t.stacks_count desc, t.id
    limit ${limit}`.execute(db);
  return rows;
}

export interface ComparisonRow {
  id: number;
  viewsCount: number;
  /** The compared tools' slugs, names and logos, in id order (the c columns null for two tools). */
  aSlug: string;
  aName: string;
  aLogoUrl: string | null;
  bSlug: string;
  bName: string;
  bLogoUrl: string | null;
  cSlug: string | null;
  cName: string | null;
  cLogoUrl: string | null;
}

function comparisonQuery(db: Kysely<Database>) {
  return db
    .selectFrom('comparison_views as cv')
    .innerJoin('tools as a', 'a.id', 'cv.tool_a_id')
    .innerJoin('tools as b', 'b.id', 'cv.tool_b_id')
    .leftJoin('tools as c', 'c.id', 'cv.tool_c_id')
    .select([
      'cv.id',
      'cv.views_count as viewsCount',
      'a.slug as aSlug',
      'a.name as aName',
      'a.logo_url as aLogoUrl',
      'b.slug as bSlug',
      'b.name as bName',
      'b.logo_url as bLogoUrl',
      'c.slug as cSlug',
      'c.name as cName',
      'c.logo_url as cLogoUrl',
    ]);
}

/** Most viewed first; the cursor carries views_count (a number) and the id. */
const mostViewed: Keyset = { key: sql.ref('cv.views_count'), id: sql.ref('cv.id'), cast: 'bigint', direction: 'desc' };

/** A page of the most viewed comparisons, plus one more row (see paginate). */
export async function listPopularComparisons(db: Kysely<Database>, page: PageRequest): Promise<ComparisonRow[]> {
  return paginate(comparisonQuery(db), mostViewed, page).execute();
}

/** The most viewed other comparisons that include any of the given tools (ids ascending). */
export async function listRelatedComparisons(
  db: Kysely<Database>,
  sortedToolIds: number[],
  limit: number,
): Promise<ComparisonRow[]> {
  const [a, b, c = null] = sortedToolIds;
  const query = comparisonQuery(db)
    .where((eb) =>
      eb.or([
        eb('cv.tool_a_id', 'in', sortedToolIds),
        eb('cv.tool_b_id', 'in', sortedToolIds),
        eb('cv.tool_c_id', 'in', sortedToolIds),
      ]),
    )
    .where(sql<SqlBool>`not (cv.tool_a_id = ${a} and cv.tool_b_id = ${b} and cv.tool_c_id is not distinct from ${c}::bigint)`);
  return orderByKeyset(query, mostViewed).limit(limit).execute();
}

export interface ComparisonVisit {
  /** Ascending tool ids: two or three. */
  toolIds: number[];
  /** "YYYY-MM-DD", UTC. */
  day: string;
  /** The visitor's hash (of the day, the comparison and who they are). */
  visitor: string;
}

/** How many days of visitors are kept to tell repeat views: today's and yesterday's (for late flushes). */
const VISITOR_DAYS_KEPT = 2;

/**
 * Saves buffered views in one statement: inserts each (day, comparison, visitor) into
 * comparison_view_visitors with ON CONFLICT DO NOTHING, adds the rows it did insert, one per visitor, to
 * comparison_views (count = count + excluded.count), and deletes visitors older than yesterday. A visitor
 * already counted that day, by this process or another, inserts nothing and adds nothing. Comparisons whose
 * tools were deleted since they were viewed are skipped rather than failing the whole batch, and so are
 * views older than the visitors kept (they could not be told from repeats).
 */
export async function addComparisonVisits(db: Kysely<Database>, visits: ComparisonVisit[], now: Date): Promise<void> {
  const oldestKept = new Date(now.getTime() - (VISITOR_DAYS_KEPT - 1) * 86_400_000).toISOString().slice(0, 10);
  const kept = visits.filter((visit) => visit.day >= oldestKept);
  if (kept.length === 0) return;
  const column = (position: number) => sql.val(kept.map((visit) => visit.toolIds[position] ?? null));
  await sql`
    with visit as (
      select *
      from unnest(${column(0)}::bigint[], ${column(1)}::bigint[], ${column(2)}::bigint[],
                  ${sql.val(kept.map((visit) => visit.day))}::date[], ${sql.val(kept.map((visit) => visit.visitor))}::text[])
        as v(a, b, c, day, visitor)
      where exists (select 1 from tools t where t.id = v.a)
        and exists (select 1 from tools t where t.id = v.b)
        and (v.c is null or exists (select 1 from tools t where t.id = v.c))
    ),
    counted as (
      insert into comparison_view_visitors (day, tool_a_id, tool_b_id, tool_c_id, visitor)
      select day, a, b, c, visitor from visit
      on conflict do nothing
      returning tool_a_id, tool_b_id, tool_c_id
    ),
    forgotten as (
      delete from comparison_view_visitors where day < ${oldestKept}::date
    )
    insert into comparison_views (tool_a_id, tool_b_id, tool_c_id, views_count, last_viewed_at)
    select tool_a_id, tool_b_id, tool_c_id, count(*), ${now}
    from counted
    group by tool_a_id, tool_b_id, tool_c_id
    on conflict (tool_a_id, tool_b_id, tool_c_id) do update
    set views_count = comparison_views.views_count + excluded.views_count,
        last_viewed_at = excluded.last_viewed_at`.execute(db);
}
