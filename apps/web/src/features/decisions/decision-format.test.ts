import { describe, expect, it } from 'vitest';
import { comparisonSlugs, decisionExcerpt, decisionIdOf, decisionTitle, listNames } from './decision-format.js';

const tool = (slug: string, name: string) => ({ slug, name, logoUrl: null });

describe('listNames', () => {
  it('joins names the way a sentence does', () => {
    expect(listNames([])).toBe('');
    expect(listNames(['Bazel'])).toBe('Bazel');
    expect(listNames(['Bazel', 'Gradle'])).toBe('Bazel and Gradle');
    expect(listNames(['A', 'B', 'C'])).toBe('A, B and C');
  });
});

describe('decisionTitle', () => {
  it('names the author and the tools', () => {
    const author = { username: 'anika-patel', displayName: 'Anika Patel', avatarUrl: null };
    expect(decisionTitle({ author, tools: [tool('bazel', 'Bazel'), tool('gradle', 'Gradle')] })).toBe('Anika Patel’s decision on Bazel and Gradle');
  });

  it('uses the username without a display name, and a bare apostrophe after an s', () => {
    const author = { username: 'james', displayName: null, avatarUrl: null };
    expect(decisionTitle({ author, tools: [] })).toBe('james’ decision');
  });
});

describe('decisionExcerpt', () => {
  it('drops Markdown marks and link targets and folds lines', () => {
    expect(decisionExcerpt('We chose **Gradle** over [Bazel](https://bazel.build).\n\nIt was simpler.')).toBe(
      'We chose Gradle over Bazel. It was simpler.',
    );
  });

  it('cuts long text with an ellipsis', () => {
    const excerpt = decisionExcerpt('word '.repeat(100), 40);
    expect(excerpt.length).toBeLessThanOrEqual(40);
    expect(excerpt.endsWith('…')).toBe(true);
  });
});

describe('comparisonSlugs', () => {
  it('compares two or three tools in the decision’s order', () => {
    expect(comparisonSlugs({ tools: [tool('gradle', 'Gradle'), tool('bazel', 'Bazel')] })).toBe('gradle-vs-bazel');
    expect(comparisonSlugs({ tools: [tool('a', 'A'), tool('b', 'B'), tool('c', 'C')] })).toBe('a-vs-b-vs-c');
  });

  it('offers none for one tool or more than three', () => {
    expect(comparisonSlugs({ tools: [tool('a', 'A')] })).toBeNull();
    expect(comparisonSlugs({ tools: ['a', 'b', 'c', 'd'].map((s) => tool(s, s)) })).toBeNull();
  });
});

describe('decisionIdOf', () => {
  it('reads a positive decimal id', () => {
    expect(decisionIdOf('138')).toBe(138);
  });

  it('names nothing for anything else', () => {
    for (const param of [undefined, '', '0', '012', '-4', '1e3', '1.5', 'abc', '9007199254740993', '99999999999999999']) {
      expect(decisionIdOf(param)).toBeNull();
    }
  });
});
