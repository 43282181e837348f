import { describe, expect, it } from 'vitest';
import { markdownToPlainText, oneLine } from './text-excerpt.js';

describe('oneLine', () => {
  it('folds white space and keeps short text whole', () => {
    expect(oneLine('  a\n\n b\tc ', 20)).toBe('a b c');
  });

  it('cuts long text to the length, ellipsis included', () => {
    const cut = oneLine('abcdefghij klmnop', 8);
    expect(cut).toBe('abcdefg…');
    expect(cut.length).toBe(8);
  });
});

describe('markdownToPlainText', () => {
  it('keeps the words of links and drops emphasis, code and heading marks', () => {
    expect(markdownToPlainText('## We chose **Gradle** over [Bazel](https://bazel.build) and `make`')).toBe(' We chose Gradle over Bazel and make');
  });
});
