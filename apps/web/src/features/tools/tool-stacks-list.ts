import type { ToolStack } from '@stackyard/domain';

/**
 * The stacks a tool page shows: the few its detail answer carried, then the pages fetched since, each stack
 * once (the first fetched page starts with the same stacks the detail did).
 */
export function mergeToolStacks(first: ToolStack[], pages: ToolStack[][]): ToolStack[] {
  const seen = new Set<string>();
  const merged: ToolStack[] = [];
  for (const stack of [...first, ...pages.flat()]) {
    const key = `${stack.owner.username}/${stack.slug}`;
    if (seen.has(key)) continue;
    seen.add(key);
    merged.push(stack);
  }
  return merged;
}
