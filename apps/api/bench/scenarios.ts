/**
 * The scenarios, one per table row, and the rows derived from pairs of them. Each says what it measures
 * in its name; its goal is the one the README's Performance section states (a share of C_json's req/s unless said otherwise). Requests are
 * built from what bench-repository.ts found, never from names a dataset may not have.
 */
import type { BenchTargets } from './bench-repository.js';
import { atLeast, atMost, p99At1AtMost, type Derivation, type Goal } from './goals.js';
import type { BenchRequest, RequestPlan } from './measure.js';

export interface Scenario {
  name: string;
  plan: RequestPlan;
  goals: Goal[];
  /** SSR pages: also compared with the static file served by the same process. */
  againstStatic?: boolean;
  /** A fact about the data behind it (how many follows, which tool), printed under the table. */
  note?: string;
  /** Part of the mixed soak. */
  soak?: boolean;
}

export interface DerivedScenario {
  name: string;
  kind: Derivation;
  /** Names of the two measured rows it derives from (first, second; see derive()). */
  of: [string, string];
  goals: Goal[];
}

/** What the scenarios need besides the targets: who is signed in and where the deep pages start. */
export interface ScenarioInputs {
  targets: BenchTargets;
  /** The origin state-changing requests must carry (the API's STACKYARD_PUBLIC_URL). */
  origin: string;
  cookieName: string;
  /** Session tokens: the feed user's, then one per voter (targets.voters' order). */
  feedUserToken: string;
  voterTokens: string[];
  /** The cursor of the tool list's page 200 (or the deepest there is) and of the public feed's page 50. */
  toolListDeep: { cursor: string | null; page: number };
  publicFeedDeep: { cursor: string | null; page: number };
  /** Prefix of the names of the stacks the run creates, so they can be removed afterwards. */
  stackNamePrefix: string;
}

const json = { 'content-type': 'application/json' };
const STACK_TOOLS = 5;
const get = (path: string, headers?: Record<string, string>): RequestPlan => ({ fixed: { method: 'GET', path, headers } });
const withCursor = (path: string, cursor: string | null) => (cursor ? `${path}&cursor=${encodeURIComponent(cursor)}` : path);

/** Distinct lowercase texts of `length` letters, number `index` of 26^length, neighbours spread apart. */
export function distinctText(index: number, length: number): string {
  const count = 26 ** length;
  // 7919 is prime, so stepping by it visits every text once before any comes back.
  let value = (index * 7919) % count;
  let text = '';
  for (let position = 0; position < length; position++) {
    text = String.fromCharCode(97 + (value % 26)) + text;
    value = Math.floor(value / 26);
  }
  return text;
}

/** Every set of three of `slugs`, in a fixed order. */
export function triples(slugs: readonly string[]): string[][] {
  const sets: string[][] = [];
  for (let a = 0; a < slugs.length; a++) for (let b = a + 1; b < slugs.length; b++) for (let c = b + 1; c < slugs.length; c++) sets.push([slugs[a]!, slugs[b]!, slugs[c]!]);
  return sets;
}

/** The most used tools whose threes the uncached comparison walks: 9,880 comparisons, none asked twice within the cache's few seconds. */
const UNCACHED_COMPARED = 40;

export const NAMES = {
  feed: 'feed, 200 follows',
  toolPopular: 'tool page, most popular tool',
  toolRare: 'tool page, rare tool',
  votesSpread: 'votes, spread',
  votesHot: 'votes, one hot reason',
  toolListFirst: 'tool list, page 1',
  toolListDeep: 'tool list, page 200',
  publicFirst: 'public feed, page 1',
  publicDeep: 'public feed, page 50',
} as const;

export function buildScenarios(inputs: ScenarioInputs): Scenario[] {
  const { targets } = inputs;
  const cookie = (token: string) => ({ cookie: `${inputs.cookieName}=${token}` });
  const signedIn = cookie(inputs.feedUserToken);
  const write = (connection: number) => ({ ...json, origin: inputs.origin, ...cookie(inputs.voterTokens[connection % inputs.voterTokens.length]!) });
  const letters = (count: number) => encodeURIComponent(targets.searchWord.slice(0, count));

  /**
   * A vote that always changes something: each connection is its own voter and walks its reasons voting 1,
   * then walks them again taking the votes back (0), so no request is an idempotent no-op.
   */
  const votes = (reasons: readonly number[]) => ({
    make: (connection: number, sent: number): BenchRequest => ({
      method: 'PUT',
      path: `/api/v1/reasons/${reasons[(sent + connection * 7) % reasons.length]}/vote`,
      headers: write(connection),
      body: JSON.stringify({ value: Math.floor(sent / reasons.length) % 2 === 0 ? 1 : 0 }),
    }),
  });
  let stacksMade = 0;
  // Five tools a stack, taken in turn from the most used ones: like people's stacks, they share the popular
  // tools without every request waiting on the same five counters.
  const toolsOfStack = (made: number) =>
    Array.from({ length: Math.min(STACK_TOOLS, targets.stackTools.length) }, (_, index) => ({
      slug: targets.stackTools[(made * STACK_TOOLS + index) % targets.stackTools.length]!,
    }));
  const ssrCompare = `/compare/${targets.comparedTools.join('-vs-')}`;
  // Searches and comparisons are kept for a few seconds (services/answer-cache.ts): these rows ask for a
  // new one with every request, so each is looked up in the database, as the first asker's is.
  let searched = 0;
  const newSearch = (length: number): RequestPlan => ({
    make: () => ({ method: 'GET', path: `/api/v1/search?q=${distinctText(searched++, length)}` }),
  });
  const comparisons = triples(targets.stackTools.slice(0, UNCACHED_COMPARED));
  let compared = 0;

  return [
    {
      name: NAMES.feed,
      plan: get('/api/v1/feed?limit=20', signedIn),
      goals: [atLeast(0.1), p99At1AtMost(15)],
      note: `${targets.feedUser.username} follows ${targets.feedUser.follows} targets`,
      soak: true,
    },
    { name: 'search, 1 letter', plan: get(`/api/v1/search?q=${letters(1)}`), goals: [atLeast(0.5)], note: `q=${targets.searchWord.slice(0, 1)}`, soak: true },
    { name: 'search, 3 letters', plan: get(`/api/v1/search?q=${letters(3)}`), goals: [atLeast(0.5)], note: `q=${targets.searchWord.slice(0, 3)}`, soak: true },
    { name: 'search, 6 letters', plan: get(`/api/v1/search?q=${letters(6)}`), goals: [atLeast(0.5)], note: `q=${targets.searchWord.slice(0, 6)}` },
    { name: 'search, 3 letters, each new', plan: newSearch(3), goals: [], note: 'a new text of 3 letters with every request (aaa, ..., zzz)' },
    { name: 'search, 6 letters, each new', plan: newSearch(6), goals: [], note: 'a new text of 6 letters with every request' },
    {
      name: 'comparison, 3 tools',
      plan: get(`/api/v1/compare?tools=${targets.comparedTools.join(',')}`),
      goals: [atLeast(0.35)],
      note: targets.comparedTools.join(', '),
      soak: true,
    },
    {
      name: 'comparison, 3 tools, each new',
      plan: { make: () => ({ method: 'GET', path: `/api/v1/compare?tools=${comparisons[compared++ % comparisons.length]!.join(',')}` }) },
      goals: [],
      note: `every three of the ${Math.min(UNCACHED_COMPARED, targets.stackTools.length)} most used tools in turn (${comparisons.length} comparisons)`,
    },
    {
      name: NAMES.toolPopular,
      plan: get(`/api/v1/tools/${targets.popularTool.slug}`),
      goals: [atLeast(0.4)],
      note: `${targets.popularTool.slug}, in ${targets.popularTool.stacks} stacks`,
      soak: true,
    },
    {
      name: NAMES.toolRare,
      plan: get(`/api/v1/tools/${targets.rareTool.slug}`),
      goals: [atLeast(0.4)],
      note: `${targets.rareTool.slug}, in ${targets.rareTool.stacks} stacks`,
    },
    { name: 'categories', plan: get('/api/v1/categories'), goals: [atLeast(0.6)], soak: true },
    {
      name: NAMES.votesSpread,
      plan: votes(targets.spreadReasons),
      goals: [atLeast(0.3)],
      note: `${targets.voters.length} voters over ${targets.spreadReasons.length} reasons`,
      soak: true,
    },
    {
      name: NAMES.votesHot,
      plan: votes([targets.hotReason.id]),
      goals: [atLeast(0.3)],
      note: `${targets.voters.length} voters on reason ${targets.hotReason.id} (${targets.hotReason.votes} votes)`,
    },
    { name: NAMES.toolListFirst, plan: get('/api/v1/tools?limit=20'), goals: [] },
    {
      name: NAMES.toolListDeep,
      plan: get(withCursor('/api/v1/tools?limit=20', inputs.toolListDeep.cursor)),
      goals: [],
      note: inputs.toolListDeep.page < 200 ? `the list ends at page ${inputs.toolListDeep.page}: measured there` : undefined,
    },
    { name: 'tool page, signed in', plan: get(`/api/v1/tools/${targets.popularTool.slug}`, signedIn), goals: [], soak: true },
    {
      name: 'stack creation',
      plan: {
        make: (connection) => ({
          method: 'POST',
          path: '/api/v1/stacks',
          headers: write(connection),
          body: JSON.stringify({
            name: `${inputs.stackNamePrefix}${++stacksMade}`,
            description: 'Made by the load harness; removed when it ends.',
            tools: toolsOfStack(stacksMade),
          }),
        }),
      },
      goals: [],
      note: `${STACK_TOOLS} tools each, in turn from the ${targets.stackTools.length} most used; removed at the end`,
    },
    { name: NAMES.publicFirst, plan: get('/api/v1/feed/public?limit=20'), goals: [], soak: true },
    {
      name: NAMES.publicDeep,
      plan: get(withCursor('/api/v1/feed/public?limit=20', inputs.publicFeedDeep.cursor)),
      goals: [],
      note: inputs.publicFeedDeep.page < 50 ? `the feed ends at page ${inputs.publicFeedDeep.page}: measured there` : undefined,
    },
    { name: 'SSR tool page', plan: get(`/tools/${targets.popularTool.slug}`), goals: [], againstStatic: true, soak: true },
    { name: 'SSR comparison page', plan: get(ssrCompare), goals: [], againstStatic: true, note: ssrCompare },
  ];
}

export const DERIVED: DerivedScenario[] = [
  { name: 'tool page, popular / rare', kind: 'share', of: [NAMES.toolPopular, NAMES.toolRare], goals: [atLeast(0.8)] },
  { name: 'votes, hot / spread', kind: 'share', of: [NAMES.votesHot, NAMES.votesSpread], goals: [atLeast(0.5)] },
  { name: 'tool list, page 200 / page 1', kind: 'cost', of: [NAMES.toolListDeep, NAMES.toolListFirst], goals: [atMost(1.5)] },
  { name: 'public feed, page 50 / page 1', kind: 'cost', of: [NAMES.publicDeep, NAMES.publicFirst], goals: [] },
];

/** Each scenario's cost after growth over before (ratios to C_json of the two passes): goal <= 1.3. */
export const GROWTH_GOAL = atMost(1.3);
