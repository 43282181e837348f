import { describe, expect, it } from 'vitest';
import { catalogueTools } from '@stackyard/catalogue';
import { generateDemoCommunity } from './generate.js';
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
});
