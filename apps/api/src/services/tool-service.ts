import { toPage, type Database } from '@stackyard/db';
import {
  adoptionMonths,
  PROFILE_INTEGRATIONS,
  PROFILE_REASONS,
  type Page,
  type Reason,
  type ToolDetail,
  type ToolListQuery,
  type ToolLink,
  type ToolPageQuery,
  type ToolReasonsQuery,
  type ToolStack,
  type ToolSummary,
} from '@stackyard/domain';
import type { Kysely } from 'kysely';
import { readerOf, type Viewer } from '../auth/viewer.js';
import { AppError } from '../errors/app-error.js';
import { countStacksAddedPerMonth } from '../repositories/comparison-repository.js';
import { countReasonsOf, listReasonsPage, listTopReasonsOf } from '../repositories/reason-repository.js';
import { listStacksUsingTool } from '../repositories/stack-repository.js';
import {
  findToolBySlug,
  listIntegrationsPage,
  listTools,
  listTopIntegrationsOf,
  type ToolDetailRow,
} from '../repositories/tool-repository.js';
import { listViewerToolState } from '../repositories/viewer-state-repository.js';
import { ANYONE } from '../repositories/visibility.js';
import { integrationKey, toAdoption, toReason, toToolLink, toToolProfile, toToolStack, toToolSummary } from './catalogue-mapping.js';

/** How many alternatives and stacks a tool page shows; the rest are a page away. */
export const TOOL_PAGE_ALTERNATIVES = 6;
export const TOOL_PAGE_STACKS = 6;

/** A page of the catalogue, filtered and sorted as asked, with the cursor of the next page. */
export async function listCatalogue(db: Kysely<Database>, query: ToolListQuery): Promise<Page<ToolSummary>> {
  const rows = await listTools(
    db,
    { search: query.q, layer: query.layer, category: query.category, function: query.function, openSource: query.openSource },
    query.sort,
    query,
  );
  const page = toPage(rows, query.limit, (row) => [row.sortKey, row.id]);
  return { ...page, items: page.items.map(toToolSummary) };
}

async function findTool(db: Kysely<Database>, slug: string): Promise<ToolDetailRow> {
  const row = await findToolBySlug(db, slug);
  if (!row) throw AppError.notFound(`Tool "${slug}"`);
  return row;
}

/**
 * A tool page: the tool, its first few ranked pros and cons and integrations (with their counts and the
 * cursors of the rest), top alternatives, recent stacks, its adoption month by month (the chart a
 * comparison draws, for this one tool, as of `now`) and, for a signed-in viewer, what they follow and voted
 * for. Seven queries (eight with a viewer) whatever the numbers of votes, stacks or reasons: the tool
 * first, then the rest side by side.
 */
export async function getTool(db: Kysely<Database>, slug: string, viewer: Viewer | null, now: Date): Promise<ToolDetail> {
  const row = await findTool(db, slug);
  const reader = readerOf(viewer);
  const { months, since } = adoptionMonths(now);
  const [reasons, reasonCounts, integrations, alternatives, stacks, monthly, viewerState] = await Promise.all([
    listTopReasonsOf(db, [row.id], reader, PROFILE_REASONS),
    countReasonsOf(db, [row.id], reader),
    listTopIntegrationsOf(db, [row.id], PROFILE_INTEGRATIONS),
    listTools(db, { functionIds: [row.functionId], excludeIds: [row.id] }, 'popular', { limit: TOOL_PAGE_ALTERNATIVES }),
    listStacksUsingTool(db, row.id, { limit: TOOL_PAGE_STACKS }, reader),
    countStacksAddedPerMonth(db, [row.id], since),
    viewer ? listViewerToolState(db, viewer.id, [row.id], reader) : null,
  ]);
  return {
    ...toToolProfile(row, reasons, reasonCounts, integrations),
    alternatives: alternatives.slice(0, TOOL_PAGE_ALTERNATIVES).map(toToolSummary),
    stacks: stacks.slice(0, TOOL_PAGE_STACKS).map(toToolStack),
    adoption: toAdoption([row], months, monthly),
    viewer: viewerState && {
      following: viewerState.some((state) => state.relation === 'follow'),
      votedReasonIds: viewerState.filter((state) => state.relation === 'vote').map((state) => state.id).sort((a, b) => a - b),
    },
  };
}

/** The stacks that use a tool, the ones that added it most recently first (a public list: what anyone may see). */
export async function listToolStacks(db: Kysely<Database>, slug: string, query: ToolPageQuery): Promise<Page<ToolStack>> {
  const tool = await findTool(db, slug);
  const page = toPage(await listStacksUsingTool(db, tool.id, query, ANYONE), query.limit, (row) => [row.sortKey, row.id]);
  return { ...page, items: page.items.map(toToolStack) };
}

/** The other tools of a tool's function, most used first. */
export async function listToolAlternatives(db: Kysely<Database>, slug: string, query: ToolPageQuery): Promise<Page<ToolSummary>> {
  const tool = await findTool(db, slug);
  const rows = await listTools(db, { functionIds: [tool.functionId], excludeIds: [tool.id] }, 'popular', query);
  const page = toPage(rows, query.limit, (row) => [row.sortKey, row.id]);
  return { ...page, items: page.items.map(toToolSummary) };
}

/** A page of a tool's pros or cons, in the tool page's order: what follows its first few. */
export async function listToolReasons(db: Kysely<Database>, slug: string, query: ToolReasonsQuery, viewer: Viewer | null): Promise<Page<Reason>> {
  const tool = await findTool(db, slug);
  const rows = await listReasonsPage(db, tool.id, query.kind, readerOf(viewer), query);
  const page = toPage(rows, query.limit, (row) => [row.votesCount, row.id]);
  return { ...page, items: page.items.map(toReason) };
}

/** A page of the tools a tool integrates with, most used first. */
export async function listToolIntegrations(db: Kysely<Database>, slug: string, query: ToolPageQuery): Promise<Page<ToolLink>> {
  const tool = await findTool(db, slug);
  const page = toPage(await listIntegrationsPage(db, tool.id, query), query.limit, integrationKey);
  return { ...page, items: page.items.map(toToolLink) };
}
