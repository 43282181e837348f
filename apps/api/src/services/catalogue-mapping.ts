import { toPage } from '@stackyard/db';
import {
  PROFILE_INTEGRATIONS,
  PROFILE_REASONS,
  type Adoption,
  type CategoryPath,
  type ComparisonSummary,
  type CursorKey,
  type ReasonKind,
  type StackListItem,
  type Reason,
  type StackSummary,
  type ToolLink,
  type ToolProfile,
  type ToolStack,
  type ToolSummary,
} from '@stackyard/domain';
import type { ComparisonRow, MonthlyAdoptionRow } from '../repositories/comparison-repository.js';
import type { ReasonCountRow, ReasonRow } from '../repositories/reason-repository.js';
import type { StackListRow, StackSummaryRow, ToolStackRow } from '../repositories/stack-repository.js';
import type { IntegrationRow, ToolDetailRow, ToolLinkRow, ToolSummaryRow, TopIntegrationRow } from '../repositories/tool-repository.js';

/** Rows as the repositories return them -> the domain types the API answers with. Pure. */

export function toToolSummary(row: Omit<ToolSummaryRow, 'sortKey'>): ToolSummary {
  return {
    slug: row.slug,
    name: row.name,
    tagline: row.tagline,
    logoUrl: row.logoUrl,
    openSource: row.openSource,
    function: { slug: row.functionSlug, name: row.functionName },
    stats: {
      stacks: row.stacksCount,
      detectedIn: row.detectedStacksCount,
      followers: row.followersCount,
      votes: row.votesCount,
      githubStars: row.githubStars,
      githubForks: row.githubForks,
      githubSyncedAt: row.githubSyncedAt?.toISOString() ?? null,
      githubPushedAt: row.githubPushedAt?.toISOString() ?? null,
    },
  };
}

export function toCategoryPath(row: ToolDetailRow): CategoryPath {
  return {
    layer: { slug: row.layerSlug, name: row.layerName },
    category: { slug: row.categorySlug, name: row.categoryName },
    function: { slug: row.functionSlug, name: row.functionName },
  };
}

export function toReason(row: ReasonRow): Reason {
  return { id: row.id, kind: row.kind, text: row.text, votes: row.votesCount, createdAt: row.createdAt.toISOString(), hidden: row.hidden };
}

/** A list's first few from the rows fetched for it (one more than it shows when more follow), and its rest. */
function firstFew<Row, Item>(rows: Row[], shown: number, total: number, keyOf: (row: Row) => CursorKey, toItem: (row: Row) => Item) {
  const page = toPage(rows, shown, keyOf);
  return { items: page.items.map(toItem), rest: { total, nextCursor: page.nextCursor } };
}

/**
 * A tool's profile from its row and what was loaded for a batch of tools (rows of other tools are ignored;
 * the rows' order, already the ranking, is kept): the first few reasons of each kind and integrations with
 * one more when there is one (listTopReasonsOf, listTopIntegrationsOf), and the counts of reasons.
 */
export function toToolProfile(row: ToolDetailRow, reasons: ReasonRow[], reasonCounts: ReasonCountRow[], integrations: TopIntegrationRow[]): ToolProfile {
  const reasonsOf = (kind: ReasonKind) =>
    firstFew(
      reasons.filter((reason) => reason.toolId === row.id && reason.kind === kind),
      PROFILE_REASONS,
      reasonCounts.find((count) => count.toolId === row.id && count.kind === kind)?.count ?? 0,
      (reason) => [reason.votesCount, reason.id],
      toReason,
    );
  const own = integrations.filter((integration) => integration.toolId === row.id);
  const linked = firstFew(own, PROFILE_INTEGRATIONS, own[0]?.total ?? 0, integrationKey, toToolLink);
  const pros = reasonsOf('pro');
  const cons = reasonsOf('con');
  return {
    ...toToolSummary(row),
    description: row.description,
    websiteUrl: row.websiteUrl,
    githubRepo: row.githubRepo,
    license: row.license,
    path: toCategoryPath(row),
    integrations: linked.items,
    pros: pros.items,
    cons: cons.items,
    rest: { pros: pros.rest, cons: cons.rest, integrations: linked.rest },
  };
}

/** Where an integration stands in the most-used-first order, as its page's cursor carries it. */
export function integrationKey(row: IntegrationRow): CursorKey {
  return [row.stacksCount, row.id];
}

export function toToolLink(row: ToolLinkRow): ToolLink {
  return { slug: row.slug, name: row.name, logoUrl: row.logoUrl };
}

export function toStackSummary(row: StackSummaryRow): StackSummary {
  return {
    slug: row.slug,
    name: row.name,
    description: row.description,
    owner: { username: row.ownerUsername, displayName: row.ownerDisplayName, avatarUrl: row.ownerAvatarUrl },
    stats: { tools: row.toolsCount, followers: row.followersCount },
    hidden: row.hidden,
  };
}

export function toStackListItem(row: StackListRow): StackListItem {
  return { ...toStackSummary(row), createdAt: row.createdAt.toISOString(), updatedAt: row.updatedAt.toISOString() };
}

export function toToolStack(row: ToolStackRow): ToolStack {
  return { ...toStackSummary(row), addedAt: row.addedAt.toISOString() };
}

/** A comparison with its tools in slug order, the order of its canonical URL. */
export function toComparisonSummary(row: ComparisonRow): ComparisonSummary {
  const tools: ToolLink[] = [
    { slug: row.aSlug, name: row.aName, logoUrl: row.aLogoUrl },
    { slug: row.bSlug, name: row.bName, logoUrl: row.bLogoUrl },
  ];
  if (row.cSlug !== null && row.cName !== null) tools.push({ slug: row.cSlug, name: row.cName, logoUrl: row.cLogoUrl });
  tools.sort((left, right) => (left.slug < right.slug ? -1 : left.slug > right.slug ? 1 : 0));
  return { tools, views: row.viewsCount };
}

/**
 * The adoption chart of some tools, in their order, over the given months (see adoptionMonths), from the
 * rows of countStacksAddedPerMonth: a month without a row is a month with none added. A tool page and a
 * comparison both chart through here.
 */
export function toAdoption(tools: ReadonlyArray<{ id: number; slug: string }>, months: string[], rows: MonthlyAdoptionRow[]): Adoption {
  const monthIndex = new Map(months.map((month, index) => [month, index]));
  return {
    months,
    series: tools.map((tool) => {
      const stacksAdded = months.map(() => 0);
      for (const row of rows) {
        const index = monthIndex.get(row.month);
        if (row.toolId === tool.id && index !== undefined) stacksAdded[index] = row.stacksAdded;
      }
      return { slug: tool.slug, stacksAdded };
    }),
  };
}
