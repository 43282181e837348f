import type { Comparison } from '@stackyard/domain';
import { formatExactCount, pluralize } from '../tools/tool-format.js';
import { joinNames } from './compare-meta.js';
import { leaderOf, recentAdoption } from './compare-stats.js';

/** Months looked back over for "lately" in the differences. */
export const RECENT_MONTHS = 6;

/**
 * "What are the differences?" answered from the community's own numbers: where the tools sit, which is
 * used and followed more, what people like most about each, licences, integrations and recent adoption.
 * Plain sentences, each standing alone, so the list reads well however many apply.
 */
export function describeDifferences(comparison: Pick<Comparison, 'tools' | 'adoption' | 'sharedStacks'>): string[] {
  const { tools } = comparison;
  const names = tools.map((tool) => tool.name);
  const sentences: string[] = [];

  const functions = new Set(tools.map((tool) => tool.function.slug));
  if (functions.size === 1) {
    const { path } = tools[0]!;
    sentences.push(`${bothOrAll(tools.length)} listed under ${path.function.name} (${path.layer.name} › ${path.category.name}).`);
  } else {
    sentences.push(`They do different jobs: ${joinNames(tools.map((tool) => `${tool.name} is listed under ${tool.function.name}`))}.`);
  }

  const lead = (label: string, values: number[], unit: string) => {
    const leader = leaderOf(values);
    if (leader === null) return;
    const others = tools.map((tool, index) => `${formatExactCount(values[index]!)} for ${tool.name}`).filter((_, index) => index !== leader);
    sentences.push(`${names[leader]} has more ${label}: ${formatExactCount(values[leader]!)} ${pluralize(values[leader]!, unit)}, against ${joinNames(others)}.`);
  };
  lead('stacks', tools.map((tool) => tool.stats.stacks), 'stack');
  lead('followers', tools.map((tool) => tool.stats.followers), 'follower');

  const favourites = tools
    .filter((tool) => tool.pros.length > 0)
    .map((tool, index) => {
      const [top] = tool.pros;
      return `${tool.name}${index === 0 ? ' most' : ''} for “${top!.text}” (${formatExactCount(top!.votes)} ${pluralize(top!.votes, 'vote')})`;
    });
  if (favourites.length > 0) sentences.push(`People like ${joinNames(favourites)}.`);

  const complaints = tools
    .filter((tool) => tool.cons.length > 0)
    .map((tool, index) => `of ${tool.name}${index === 0 ? ' is' : ''} “${tool.cons[0]!.text}”`);
  if (complaints.length > 0) sentences.push(`The most voted con ${joinNames(complaints)}.`);

  const licences = tools.map((tool) => (tool.openSource ? `open source${tool.license ? ` (${tool.license})` : ''}` : 'proprietary'));
  if (new Set(licences).size === 1) {
    sentences.push(`${bothOrAll(tools.length)} ${licences[0]}.`);
  } else if (tools.every((tool) => tool.openSource && tool.license)) {
    sentences.push(`${bothOrAll(tools.length)} open source: ${joinNames(tools.map((tool) => `${tool.name} under ${tool.license}`))}.`);
  } else {
    sentences.push(`${joinNames(tools.map((tool, index) => `${tool.name} is ${licences[index]}`))}.`);
  }

  const integrating = tools.map((tool) => tool.rest.integrations.total);
  if (integrating.some((count) => count > 0)) {
    sentences.push(
      `${joinNames(tools.map((tool, index) => `${tool.name} integrates with ${integrating[index] === 0 ? 'no listed tool' : `${integrating[index]} ${pluralize(integrating[index]!, 'tool')}`}`))}.`,
    );
  }

  const recent = recentAdoption(comparison.adoption, RECENT_MONTHS);
  if (recent.some((one) => one.added > 0)) {
    const bySlug = new Map(recent.map((one) => [one.slug, one.added]));
    sentences.push(
      `In the last ${RECENT_MONTHS} months, ${joinNames(tools.map((tool) => `${formatExactCount(bySlug.get(tool.slug) ?? 0)} ${pluralize(bySlug.get(tool.slug) ?? 0, 'stack')} added ${tool.name}`))}.`,
    );
  }

  const shared = comparison.sharedStacks.count;
  sentences.push(
    shared === 0
      ? `No stack uses ${tools.length === 2 ? 'both' : 'all of them'} yet.`
      : `${formatExactCount(shared)} ${pluralize(shared, 'stack uses', 'stacks use')} ${tools.length === 2 ? 'both' : 'all of them'}.`,
  );
  return sentences;
}

function bothOrAll(count: number): string {
  return count === 2 ? 'Both are' : 'All three are';
}
