import type { ToolSeed } from '@stackyard/catalogue';
import { slugify } from '@stackyard/domain';
import { archetypes } from './archetypes.js';
import { generateComparisons } from './comparisons.js';
import { demoGithubFigures } from './github-figures.js';
import {
  closedSourceCons,
  companies,
  cons,
  decisionBenefits,
  decisionCosts,
  firstNames,
  lastNames,
  openSourcePros,
  places,
  pros,
  referenceReasons,
  roles,
} from './phrases.js';
import { Random } from './random.js';
import { DAY, fillSlots } from './slots.js';
import { generateStories } from './stories.js';

export type { DemoComparison } from './comparisons.js';
export type { DemoGithubFigures } from './github-figures.js';
export type * from './types.js';
import type { DemoCommunity, DemoDecision, DemoFollow, DemoReason, DemoStack, DemoUser } from './types.js';

export interface DemoOptions {
  /** The catalogue the community uses. */
  tools: readonly ToolSeed[];
  /** "Now" for the generated history, which spans the two years before it. */
  now: Date;
  seed?: number;
  users?: number;
}

const HISTORY_DAYS = 730;

/**
 * Builds a believable community from a seed: the same options give the same community, value for value.
 * Pure: no I/O; the writer turns it into rows.
 */
export function generateDemoCommunity(options: DemoOptions): DemoCommunity {
  const random = new Random(options.seed ?? 20261124);
  const known = new Map(options.tools.map((tool) => [tool.slug, tool]));
  const start = options.now.getTime() - HISTORY_DAYS * DAY;
  const at = (fromTime: number) => new Date(random.int(fromTime, options.now.getTime() - DAY));

  const users = generateUsers(random, options.users ?? 300, start, options.now.getTime());
  const ordinary = generateStacks(random, users, known, options.now.getTime());
  const comparisons = generateComparisons(random, options.tools, usageOf(ordinary), options.now);
  const stories = generateStories(random, users, ordinary, comparisons, known, options.now.getTime());
  const stacks = [...ordinary, ...stories.stacks].sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime());
  const usage = usageOf(stacks);

  const reasons = generateReasons(random, users, known, usage, start, at);
  const follows = generateFollows(random, users, stacks, usage, at);
  const decisions = [...generateDecisions(random, users, ordinary, options.tools, at), ...stories.decisions].sort(
    (a, b) => a.createdAt.getTime() - b.createdAt.getTime(),
  );
  const githubFigures = demoGithubFigures(options.tools, options.now);
  return { users, stacks, reasons, follows, decisions, comparisons, githubFigures };
}

/** How many stacks use each tool. */
function usageOf(stacks: readonly DemoStack[]): Map<string, number> {
  const usage = new Map<string, number>();
  for (const stack of stacks) for (const { tool } of stack.tools) usage.set(tool, (usage.get(tool) ?? 0) + 1);
  return usage;
}

function generateUsers(random: Random, count: number, start: number, end: number): DemoUser[] {
  const users: DemoUser[] = [];
  const taken = new Set<string>();
  while (users.length < count) {
    const first = random.pick(firstNames);
    const last = random.pick(lastNames);
    const style = random.int(0, 3);
    const base = [`${first}-${last}`, `${first}${last.slice(0, 1)}`, `${first}_${last}`, `${first[0]}${last}`][style]!;
    const username = taken.has(base) ? `${base}${random.int(2, 99)}` : base;
    if (taken.has(username)) continue;
    taken.add(username);
    users.push({
      username,
      email: `${username}@example.com`,
      displayName: `${capitalise(first)} ${capitalise(last)}`,
      bio: `${random.pick(roles)} at ${random.pick(companies)}, ${random.pick(places)}.`,
      // More join as the site grows, but from the first months on, so that two years of charts have shape.
      createdAt: new Date(start + Math.floor(random.next() ** 0.8 * (end - start - 60 * DAY))),
    });
  }
  return users.sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime());
}

function generateStacks(random: Random, users: DemoUser[], known: Map<string, ToolSeed>, end: number): DemoStack[] {
  const stacks: DemoStack[] = [];
  for (const owner of users) {
    const count = random.chance(0.25) ? 0 : random.weighted([1, 1, 1, 2, 2, 3], () => 1);
    const slugs = new Set<string>();
    for (let index = 0; index < count; index++) {
      const archetype = random.weighted(archetypes, (candidate) => candidate.weight);
      const company = random.pick(companies);
      const name = `${company} ${random.pick(archetype.names)}`;
      const slug = slugify(name);
      if (slugs.has(slug)) continue;
      slugs.add(slug);

      // Most people share a stack soon after joining; some come back much later.
      const joined = owner.createdAt.getTime();
      const createdAt = new Date(joined + Math.floor(random.next() ** 2 * (end - DAY - joined)));
      const tools = fillSlots(random, archetype.slots, known, createdAt, end, random.chance(0.3));
      if (tools.size === 0) continue;
      stacks.push({
        owner: owner.username,
        slug,
        name,
        description: `The ${archetype.name === 'static' ? 'site' : 'system'} behind ${company}: ${[...tools.keys()]
          .slice(0, 3)
          .map((tool) => known.get(tool)?.name ?? tool)
          .join(', ')} and friends.`,
        createdAt,
        updatedAt: new Date(Math.max(...[...tools.values()].map((tool) => tool.addedAt.getTime()))),
        tools: [...tools.values()],
      });
    }
  }
  return stacks.sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime());
}

function generateReasons(
  random: Random,
  users: DemoUser[],
  known: Map<string, ToolSeed>,
  usage: Map<string, number>,
  start: number,
  at: (fromTime: number) => Date,
): DemoReason[] {
  const reasons: DemoReason[] = [];
  const voterPool = users.map((user) => user.username);

  // The reference page's reasons, with its vote counts, created in its order so ties rank the same way.
  let referenceTime = start + 30 * DAY;
  for (const reference of referenceReasons) {
    if (!known.has(reference.tool)) continue;
    referenceTime += DAY;
    reasons.push({
      tool: reference.tool,
      kind: reference.kind,
      text: reference.text,
      author: random.pick(users.slice(0, 40)).username,
      createdAt: new Date(referenceTime),
      voters: random.sample(voterPool, reference.votes),
    });
  }

  const reserved = new Set(referenceReasons.map((reason) => reason.tool));
  const popular = [...usage.entries()].filter(([tool]) => !reserved.has(tool)).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  for (const [slug, uses] of popular) {
    const tool = known.get(slug);
    if (!tool) continue;
    const proPool = tool.openSource ? [...openSourcePros, ...pros] : pros;
    const conPool = tool.openSource ? cons : [...closedSourceCons, ...cons];
    const picks = [
      ...random.sample(proPool, random.int(2, 5)).map((text) => ({ kind: 'pro' as const, text })),
      ...random.sample(conPool, random.int(0, 2)).map((text) => ({ kind: 'con' as const, text })),
    ];
    for (const pick of picks) {
      const ceiling = Math.min(voterPool.length, Math.max(1, Math.round(uses * (pick.kind === 'pro' ? 1.2 : 0.4))));
      const author = random.pick(users);
      reasons.push({
        tool: slug,
        kind: pick.kind,
        text: pick.text,
        author: author.username,
        createdAt: at(author.createdAt.getTime()),
        voters: random.sample(voterPool, random.int(0, ceiling)),
      });
    }
  }
  return reasons;
}

function generateFollows(
  random: Random,
  users: DemoUser[],
  stacks: DemoStack[],
  usage: Map<string, number>,
  at: (fromTime: number) => Date,
): DemoFollow[] {
  const follows: DemoFollow[] = [];
  const usedTools = [...usage.keys()].sort();
  for (const user of users) {
    const since = user.createdAt.getTime();
    for (const tool of new Set(Array.from({ length: random.int(2, 12) }, () => random.weighted(usedTools, (slug) => usage.get(slug) ?? 1)))) {
      follows.push({ user: user.username, type: 'tool', tool, createdAt: at(since) });
    }
    for (const followee of random.sample(users, random.int(0, 5))) {
      if (followee.username === user.username) continue;
      follows.push({ user: user.username, type: 'user', followee: followee.username, createdAt: at(Math.max(since, followee.createdAt.getTime())) });
    }
    for (const stack of random.sample(stacks, random.int(0, 3))) {
      if (stack.owner === user.username) continue;
      follows.push({ user: user.username, type: 'stack', owner: stack.owner, slug: stack.slug, createdAt: at(Math.max(since, stack.createdAt.getTime())) });
    }
  }
  return follows;
}

function generateDecisions(
  random: Random,
  users: DemoUser[],
  stacks: DemoStack[],
  tools: readonly ToolSeed[],
  at: (fromTime: number) => Date,
): DemoDecision[] {
  const byFunction = new Map<string, ToolSeed[]>();
  for (const tool of tools) byFunction.set(tool.fn, [...(byFunction.get(tool.fn) ?? []), tool]);
  const known = new Map(tools.map((tool) => [tool.slug, tool]));
  const decisions: DemoDecision[] = [];
  const voterPool = users.map((user) => user.username);

  for (const stack of random.sample(stacks, Math.round(stacks.length * 0.4))) {
    const chosen = known.get(random.pick(stack.tools).tool);
    if (!chosen) continue;
    const rivals = (byFunction.get(chosen.fn) ?? []).filter((tool) => tool.slug !== chosen.slug);
    const rival = rivals.length > 0 ? random.pick(rivals) : null;
    const benefit = random.pick(decisionBenefits);
    const cost = random.pick(decisionCosts);
    const body = rival
      ? `We chose **${chosen.name}** over **${rival.name}** for ${stack.name}. It gave us ${benefit}.\n\n` +
        `The trade-off was ${cost}, which we would accept again.`
      : `We run ${stack.name} on **${chosen.name}**. The deciding factor was ${benefit}; the cost was ${cost}.`;
    decisions.push({
      author: stack.owner,
      stack: { owner: stack.owner, slug: stack.slug },
      body,
      tools: rival ? [chosen.slug, rival.slug] : [chosen.slug],
      createdAt: at(stack.createdAt.getTime()),
      voters: random.sample(voterPool, random.int(0, 25)),
    });
  }
  return decisions.sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime());
}

function capitalise(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}
