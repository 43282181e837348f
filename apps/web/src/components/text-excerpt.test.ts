import { describe, expect, it } from 'vitest';
import { markdownExcerpt, oneLine } from './text-excerpt.js';

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

describe('markdownExcerpt', () => {
  it('keeps the words and drops the Markdown around them', () => {
    expect(markdownExcerpt('We chose **Gunicorn** over _Caddy_.\n\n- fewer `workers`\n- see [the docs](https://example.org)')).toBe(
      'We chose Gunicorn over Caddy. fewer workers see the docs',
    );
    expect(markdownExcerpt('## Why\n> quoted')).toBe('Why quoted');
  });

  it('leaves arithmetic and lone asterisks alone', () => {
    expect(markdownExcerpt('2 * 3 = 6 and snake_case_name')).toBe('2 * 3 = 6 and snake_case_name');
  });

  it('cuts long text at a word, with an ellipsis', () => {
    const text = 'word '.repeat(100);
    const excerpt = markdownExcerpt(text, 50);

    expect(excerpt.length).toBeLessThanOrEqual(50);
    expect(excerpt.endsWith('word…')).toBe(true);
  });
});
