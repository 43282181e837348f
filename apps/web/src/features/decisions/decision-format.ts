import type { Decision } from '@stackyard/domain';
import { markdownExcerpt } from '../../components/text-excerpt.js';
import { nameOf } from '../users/user-format.js';

/** "A", "A and B", "A, B and C". */
export function listNames(names: readonly string[]): string {
  if (names.length <= 1) return names[0] ?? '';
  return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}

/**
 * A decision has no title of its own: it is named by who wrote it and what it is about
 * ("Anika Patel's decision on Bazel and Gradle").
 */
export function decisionTitle(decision: Pick<Decision, 'author' | 'tools'>): string {
  const author = nameOf(decision.author);
  const possessive = author.endsWith('s') ? `${author}’` : `${author}’s`;
  const tools = decision.tools.map((tool) => tool.name);
  return tools.length > 0 ? `${possessive} decision on ${listNames(tools)}` : `${possessive} decision`;
}

/** The decision's text without Markdown marks, on one line and cut at `length`: for cards and previews. */
export function decisionExcerpt(body: string, length = 180): string {
  return markdownExcerpt(body, length);
}

/**
 * The comparison a decision invites, when it names two or three tools: /compare/a-vs-b[-vs-c], in the
 * order the decision lists them. One tool, or more than a comparison holds, invites none.
 */
export function comparisonSlugs(decision: Pick<Decision, 'tools'>): string | null {
  const slugs = decision.tools.map((tool) => tool.slug);
  return slugs.length >= 2 && slugs.length <= 3 ? slugs.join('-vs-') : null;
}

/**
 * The decision id an address names, or null when it names none ("12" -> 12; "012", "1e3", "-4" -> null).
 * Only digits are ids: the API would refuse anything else, and a page for it would be a 404 all the same.
 */
export function decisionIdOf(param: string | undefined): number | null {
  if (!param || !/^[1-9][0-9]{0,15}$/.test(param)) return null;
  const id = Number(param);
  return Number.isSafeInteger(id) ? id : null;
}
