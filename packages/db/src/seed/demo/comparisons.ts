import type { ToolSeed } from '@stackyard/catalogue';
import { archetypes } from './archetypes.js';
import type { Random } from './random.js';

/**
 * The comparisons the demo community has opened, with how often, so that "popular comparisons" and a
 * comparison's "related comparisons" are not empty on a fresh site. Each also says how many stacks tell the
 * story of a team that moved from one of its tools to another (see stories.ts): those stacks use both
 * tools, and their owners wrote the decision.
 */
export interface DemoComparison {
  /** 2-3 catalogue slugs, in no particular order (the writer stores them by id). */
  tools: string[];
  views: number;
  /** When someone last opened it. */
  lastViewedAt: Date;
  /** How many stacks moved from one of its tools to another. */
  stories: number;
}

/**
 * Comparisons people open most, named by hand: the reference page (Gunicorn vs Passenger), its neighbours
 * among web servers, and the related comparisons the reference page lists. They outrank every comparison
 * derived from usage below, and Gunicorn vs Passenger outranks them all.
 */
export const wellKnownComparisons: ReadonlyArray<{ tools: readonly string[]; views: number; stories: number }> = [
  { tools: ['gunicorn', 'passenger'], views: 2870, stories: 6 },
  { tools: ['nginx', 'passenger'], views: 1930, stories: 3 },
  { tools: ['gunicorn', 'uwsgi'], views: 1760, stories: 3 },
  { tools: ['apache-http-server', 'nginx'], views: 1610, stories: 2 },
  { tools: ['gunicorn', 'uvicorn'], views: 1490, stories: 3 },
  { tools: ['gunicorn', 'nginx'], views: 1320, stories: 2 },
  { tools: ['passenger', 'puma'], views: 1250, stories: 3 },
  { tools: ['puma', 'unicorn'], views: 1170, stories: 3 },
  { tools: ['caddy', 'nginx'], views: 1080, stories: 2 },
  { tools: ['passenger', 'unicorn'], views: 980, stories: 2 },
  { tools: ['passenger', 'puma', 'unicorn'], views: 640, stories: 1 },
  // The reference page's "Related Comparisons".
  { tools: ['bootstrap', 'materialize'], views: 1540, stories: 2 },
  { tools: ['django', 'laravel', 'nodejs'], views: 1390, stories: 2 },
  { tools: ['bootstrap', 'foundation', 'material-ui'], views: 1210, stories: 2 },
  { tools: ['nodejs', 'spring-boot'], views: 1150, stories: 2 },
  { tools: ['flyway', 'liquibase'], views: 870, stories: 2 },
];

/** Whether some kind of stack picks one of the two for the same role (PostgreSQL or MySQL, Puma or Passenger). */
function sameRole(a: string, b: string): boolean {
  return archetypes.some((archetype) => archetype.slots.some((slot) => slot.choices.includes(a) && slot.choices.includes(b)));
}

/** Views of a comparison derived from usage stay below every well-known one. */
const DERIVED_VIEWS_CEILING = 600;
const HOUR = 60 * 60 * 1000;

/**
 * The well-known comparisons whose tools are all in the catalogue, then the popular pairs of each
 * function: its three most used tools, two by two, viewed in proportion to how much they are used; some
 * teams moved between two that fill the same role. A pair already named by hand is not repeated.
 * Deterministic for a seed, like the rest of the demo.
 */
export function generateComparisons(random: Random, tools: readonly ToolSeed[], usage: ReadonlyMap<string, number>, now: Date): DemoComparison[] {
  const known = new Set(tools.map((tool) => tool.slug));
  const seen = new Set<string>();
  const key = (slugs: readonly string[]) => [...slugs].sort().join(' ');
  const lastViewed = () => new Date(now.getTime() - random.int(1, 96) * HOUR);
  const comparisons: DemoComparison[] = [];

  for (const comparison of wellKnownComparisons) {
    if (!comparison.tools.every((slug) => known.has(slug)) || seen.has(key(comparison.tools))) continue;
    seen.add(key(comparison.tools));
    comparisons.push({ tools: [...comparison.tools], views: comparison.views, lastViewedAt: lastViewed(), stories: comparison.stories });
  }

  const byFunction = new Map<string, string[]>();
  for (const tool of tools) {
    if ((usage.get(tool.slug) ?? 0) === 0) continue;
    byFunction.set(tool.fn, [...(byFunction.get(tool.fn) ?? []), tool.slug]);
  }
  for (const slugs of byFunction.values()) {
    const top = [...slugs].sort((a, b) => usage.get(b)! - usage.get(a)! || a.localeCompare(b)).slice(0, 3);
    for (const [first, second] of [[0, 1], [0, 2], [1, 2]] as const) {
      const pair = [top[first], top[second]];
      if (pair[0] === undefined || pair[1] === undefined || seen.has(key(pair as string[]))) continue;
      seen.add(key(pair as string[]));
      const uses = Math.sqrt(usage.get(pair[0])! * usage.get(pair[1])!);
      comparisons.push({
        tools: pair as string[],
        views: Math.min(DERIVED_VIEWS_CEILING, Math.round(uses * random.int(6, 14)) + random.int(3, 30)),
        lastViewedAt: lastViewed(),
        stories: random.chance(0.6) && sameRole(pair[0], pair[1]) ? 1 : 0,
      });
    }
  }
  return comparisons;
}
