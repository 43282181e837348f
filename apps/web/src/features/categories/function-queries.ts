import type { ToolFilters } from '../tools/tool-filters.js';

/**
 * A function page's list is the catalogue filtered to the function, most used first: the same query (and
 * cache entry) as /tools?function=<slug>.
 */
export function functionToolFilters(functionSlug: string): ToolFilters {
  return { function: functionSlug, sort: 'popular' };
}
