import { toPage, type Database } from '@stackyard/db';
import {
  adoptionMonths,
  PROFILE_INTEGRATIONS,
  PROFILE_REASONS,
  type Comparison,
  type ComparisonSummary,
  type Page,
  type PopularComparisonsQuery,
} from '@stackyard/domain';
import type { Kysely } from 'kysely';
import { AppError } from '../errors/app-error.js';
import {
  countStacksAddedPerMonth,
  listPopularComparisons,
  listRelatedComparisons,
  listToolsUsedTogether,
} from '../repositories/comparison-repository.js';
import { listDecisionsNamingAll } from '../repositories/decision-repository.js';
import { countReasonsOf, listTopReasonsOf } from '../repositories/reason-repository.js';
import { countStacksUsingAll, listStacksUsingAll } from '../repositories/stack-repository.js';
import { findToolsBySlugs, listSharedIntegrations, listTools, listTopIntegrationsOf, type ToolDetailRow } from '../repositories/tool-repository.js';
import { ANYONE } from '../repositories/visibility.js';
import { toAdoption, toComparisonSummary, toStackSummary, toToolLink, toToolProfile, toToolSummary } from './catalogue-mapping.js';
import type { ComparedTool, ComparisonViewCounter } from './comparison-view-counter.js';
import type { KeptAnswers } from './kept-answers.js';
import { toDecision } from './decision-service.js';

/** How many of each list a comparison shows. */
export const COMPARE_ALTERNATIVES = 10;
export const COMPARE_SHARED_STACKS = 6;
export const COMPARE_RELATED = 6;
export const COMPARE_DECISIONS = 5;

/** The tools named, in the order named; a 404 naming every slug that is not a tool. */
async function findComparedTools(db: Kysely<Database>, slugs: string[]): Promise<ToolDetailRow[]> {
  const rows = await findToolsBySlugs(db, slugs);
  const bySlug = new Map(rows.map((row) => [row.slug, row]));
  const missing = slugs.filter((slug) => !bySlug.has(slug));
  if (missing.length > 0) {
    throw new AppError('not_found', `No tool is called ${missing.map((slug) => `"${slug}"`).join(' or ')}`, { missing });
  }
  return slugs.map((slug) => bySlug.get(slug)!);
}

/** A comparison as served, with the tools its views are counted for. */
export interface ComparisonAnswer {
  comparison: Comparison;
  tools: ComparedTool[];
}

/**
 * 2-3 tools side by side, the same page for everyone: kept in `answers` for a few seconds (until something is
 * shared or moderated; see kept-answers.ts), since a popular comparison is asked for again and again.
 * Counts the view either way, once per visitor and day (in memory; see comparison-view-counter.ts).
 */
export async function compareTools(
  db: Kysely<Database>,
  slugs: string[],
  now: Date,
  views: ComparisonViewCounter,
  visitor: string,
  answers: KeptAnswers<ComparisonAnswer>,
): Promise<Comparison> {
  const { comparison, tools } = await answers.get(slugs.join(','), () => lookUpComparison(db, slugs, now));
  views.record(tools, visitor);
  return comparison;
}

/**
 * Everything in twelve queries whatever the data size: the tools, then the rest side by side. Each tool
 * carries its first few pros, cons and integrations, as on its own page.
 */
async function lookUpComparison(db: Kysely<Database>, slugs: string[], now: Date): Promise<ComparisonAnswer> {
  const tools = await findComparedTools(db, slugs);
  const ids = tools.map((tool) => tool.id);
  const sortedIds = [...ids].sort((a, b) => a - b);
  const functionIds = [...new Set(tools.map((tool) => tool.functionId))];
  const { months, since } = adoptionMonths(now);

  const [reasons, reasonCounts, integrations, sharedIntegrations, alternatives, sharedStacks, sharedCount, monthly, decisions, related, usedTogether] = await Promise.all([
    listTopReasonsOf(db, ids, ANYONE, PROFILE_REASONS),
    countReasonsOf(db, ids, ANYONE),
    listTopIntegrationsOf(db, ids, PROFILE_INTEGRATIONS),
    listSharedIntegrations(db, ids, PROFILE_INTEGRATIONS),
    listTools(db, { functionIds, excludeIds: ids }, 'popular', { limit: COMPARE_ALTERNATIVES }),
    listStacksUsingAll(db, ids, COMPARE_SHARED_STACKS),
    countStacksUsingAll(db, ids),
    countStacksAddedPerMonth(db, ids, since),
    listDecisionsNamingAll(db, ids, COMPARE_DECISIONS),
    listRelatedComparisons(db, sortedIds, COMPARE_RELATED),
    listToolsUsedTogether(db, ids, COMPARE_RELATED),
  ]);

  const comparison: Comparison = {
    tools: tools.map((tool) => toToolProfile(tool, reasons, reasonCounts, integrations)),
    sharedStacks: { count: sharedCount, items: sharedStacks.map(toStackSummary) },
    sharedIntegrations: sharedIntegrations.map(toToolLink),
    alternatives: alternatives.slice(0, COMPARE_ALTERNATIVES).map(toToolSummary),
    adoption: toAdoption(tools, months, monthly),
    // Nobody signed in is asked about: a comparison is the same page for everyone.
    decisions: decisions.map((row) => toDecision(row, row.tools, null)),
    related: { comparisons: related.map(toComparisonSummary), usedTogether },
  };
  return { comparison, tools: tools.map(({ id, slug }) => ({ id, slug })) };
}

/** The most viewed comparisons, keyset-paginated by (views, id). */
export async function listPopular(db: Kysely<Database>, query: PopularComparisonsQuery): Promise<Page<ComparisonSummary>> {
  const page = toPage(await listPopularComparisons(db, query), query.limit, (row) => [row.viewsCount, row.id]);
  return { ...page, items: page.items.map(toComparisonSummary) };
}
