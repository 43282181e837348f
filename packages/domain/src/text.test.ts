import { describe, expect, it } from 'vitest';
import { markdownToPlainText, oneLine } from './text.js';

describe('one-line previews', () => {
  it('fold white space and cut long text with an ellipsis', () => {
    expect(oneLine('  a\n\n b\tc ', 10)).toBe('a b c');
    expect(oneLine('abcdefghij klm', 10)).toBe('abcdefghi…');
  });

  it('drop Markdown syntax but keep link text', () => {
    expect(markdownToPlainText('We chose **Puma** over [Unicorn](https://x.org) `fast`')).toBe('We chose Puma over Unicorn fast');
  });
});
