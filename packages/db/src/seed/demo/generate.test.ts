import { describe, expect, it } from 'vitest';
import { catalogueTools } from '@stackyard/catalogue';
import { generateDemoCommunity } from './generate.js';
import { wellKnownComparisons } from './comparisons.js';
import { knownGithubFigures } from './github-figures.js';
import { referenceReasons } from './phrases.js';

const now = new Date('2026-11-01T00:00:00Z');
const community = generateDemoCommunity({ tools: catalogueTools, now });

describe('the demo community', () => {
  it('is the same, value for value, for the same seed and date', () => {
    expect(generateDemoCommunity({ tools: catalogueTools, now })).toEqual(community);
    expect(generateDemoCommunity({ tools: catalogueTools, now, seed: 7 })).not.toEqual(community);
  });

  it('has a few hundred people with unique names, and history within the last two years', () => {
    expect(community.users.length).toBeGreaterThanOrEqual(200);
    expect(new Set(community.users.map((user) => user.username.toLowerCase())).size).toBe(community.users.length);
    const twoYearsAgo = now.getTime() - 731 * 24 * 3600 * 1000;
    const dates = [
      ...community.users.map((user) => user.createdAt),
      ...community.stacks.map((stack) => stack.createdAt),
      ...community.reasons.map((reason) => reason.createdAt),
      ...community.decisions.map((decision) => decision.createdAt),
    ];
    for (const date of dates) {
      expect(date.getTime()).toBeGreaterThan(twoYearsAgo);
      expect(date.getTime()).toBeLessThan(now.getTime());
    }
  });

  it('builds stacks that hang together: every Rails stack runs Ruby, every Django stack Python', () => {
    const withTool = (slug: string) => community.stacks.filter((stack) => stack.tools.some((tool) => tool.tool === slug));
    expect(withTool('rails').length).toBeGreaterThan(10);
    for (const stack of withTool('rails')) expect(stack.tools.map((tool) => tool.tool)).toContain('ruby');
    for (const stack of withTool('django')) expect(stack.tools.map((tool) => tool.tool)).toContain('python');
    expect(withTool('passenger').length).toBeGreaterThan(5);
    expect(withTool('gunicorn').length).toBeGreaterThan(5);
  });

  it('carries the reference page reasons with their vote counts, each voter once', () => {
    for (const reference of referenceReasons) {
      const reason = community.reasons.find((item) => item.tool === reference.tool && item.text === reference.text);
      expect(reason?.voters.length, reference.text).toBe(reference.votes);
      expect(new Set(reason?.voters).size).toBe(reference.votes);
    }
  });

  it('never lets anyone follow themselves or hold a reason twice', () => {
    for (const follow of community.follows) if (follow.type === 'user') expect(follow.followee).not.toBe(follow.user);
    const keys = community.reasons.map((reason) => `${reason.tool}:${reason.text.toLowerCase()}`);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('opens each comparison once, the hand-picked ones ahead of those derived from usage', () => {
    const keys = community.comparisons.map((comparison) => [...comparison.tools].sort().join(' '));
    expect(new Set(keys).size).toBe(keys.length);
    expect(community.comparisons.every((comparison) => comparison.tools.length >= 2 && comparison.tools.length <= 3)).toBe(true);
    const byViews = [...community.comparisons].sort((a, b) => b.views - a.views);
    expect(byViews[0]!.tools).toEqual(['gunicorn', 'passenger']);
    const handPicked = new Set(wellKnownComparisons.map((comparison) => [...comparison.tools].sort().join(' ')));
    const derived = community.comparisons.filter((comparison) => !handPicked.has([...comparison.tools].sort().join(' ')));
    expect(derived.length).toBeGreaterThan(30);
    expect(Math.max(...derived.map((comparison) => comparison.views))).toBeLessThan(Math.min(...wellKnownComparisons.map((comparison) => comparison.views)));
  });

  it('tells how teams moved between compared tools: stacks with both, the new one later, and the decision saying so', () => {
    const moves = community.decisions.filter((decision) => decision.body.includes('moved from **'));
    expect(moves.length).toBe(community.comparisons.reduce((sum, comparison) => sum + comparison.stories, 0));
    for (const decision of moves) {
      const [from, to] = decision.tools as [string, string];
      const stack = community.stacks.find((item) => item.owner === decision.stack?.owner && item.slug === decision.stack.slug)!;
      const added = (slug: string) => stack.tools.find((item) => item.tool === slug)?.addedAt.getTime();
      expect(added(from), `${stack.slug}: ${from}`).toBe(stack.createdAt.getTime());
      expect(added(to), `${stack.slug}: ${to}`).toBeGreaterThan(stack.createdAt.getTime());
      expect(decision.createdAt.getTime()).toBeGreaterThan(added(to)!);
      expect(stack.updatedAt.getTime()).toBe(Math.max(...stack.tools.map((item) => item.addedAt.getTime())));
    }
    const keys = community.stacks.map((stack) => `${stack.owner}/${stack.slug}`);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('gives GitHub figures to the tools whose repository the catalogue knows, and only to them', () => {
    const withRepository = catalogueTools.filter((tool) => tool.github);
    expect(community.githubFigures.map((figures) => figures.tool)).toEqual(withRepository.map((tool) => tool.slug));
    for (const figures of community.githubFigures) {
      expect(figures.forks).toBeLessThan(figures.stars);
      expect(figures.syncedAt.getTime()).toBeLessThan(now.getTime());
    }
    const gunicorn = community.githubFigures.find((figures) => figures.tool === 'gunicorn');
    expect(gunicorn).toMatchObject(knownGithubFigures['benoitc/gunicorn']!);
  });
});
