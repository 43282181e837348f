import type { Database } from '@stackyard/db';
import {
  decodeCursor,
  encodeCursor,
  type Page,
  type ToolDetail,
  type ToolListQuery,
  type ToolSummary,
} from '@stackyard/domain';
import type { Kysely } from 'kysely';
import { AppError } from '../errors/app-error.js';
import {
  findToolBySlug,
  listIntegrations,
  listTools,
  type ToolSummaryRow,
} from '../repositories/tool-repository.js';

function toSummary(row: Omit<ToolSummaryRow, 'sortKey'>): ToolSummary {
  return {
    slug: row.slug,
    name: row.name,
    tagline: row.tagline,
    logoUrl: row.logoUrl,
    openSource: row.openSource,
    function: { slug: row.functionSlug, name: row.functionName },
    stats: {
      stacks: row.stacksCount,
      followers: row.followersCount,
      votes: row.votesCount,
      githubStars: row.githubStars,
      githubForks: row.githubForks,
      githubSyncedAt: row.githubSyncedAt?.toISOString() ?? null,
    },
  };
}

/** A page of the catalogue, filtered and sorted as asked, with the cursor of the next page. */
export async function listCatalogue(db: Kysely<Database>, query: ToolListQuery): Promise<Page<ToolSummary>> {
  const after = query.cursor ? decodeCursor(query.cursor) : null;
  const rows = await listTools(
    db,
    { search: query.q, layer: query.layer, category: query.category, function: query.function, openSource: query.openSource },
    query.sort,
    after,
    query.limit,
  );
  const page = rows.slice(0, query.limit);
  const last = page.at(-1);
  return {
    items: page.map(toSummary),
    nextCursor: rows.length > query.limit && last ? encodeCursor([last.sortKey, last.id]) : null,
  };
}

/** A tool with its category path and integrations. */
export async function getTool(db: Kysely<Database>, slug: string): Promise<ToolDetail> {
  const row = await findToolBySlug(db, slug);
  if (!row) throw AppError.notFound(`Tool "${slug}"`);
  const integrations = await listIntegrations(db, row.id);
  return {
    ...toSummary(row),
    description: row.description,
    websiteUrl: row.websiteUrl,
    githubRepo: row.githubRepo,
    license: row.license,
    path: {
      layer: { slug: row.layerSlug, name: row.layerName },
      category: { slug: row.categorySlug, name: row.categoryName },
      function: { slug: row.functionSlug, name: row.functionName },
    },
    integrations,
  };
}
