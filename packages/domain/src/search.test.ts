import { describe, expect, it } from 'vitest';
import { searchQuerySchema } from './search.js';

describe('the search query', () => {
  it('trims the text and defaults the limit', () => {
    expect(searchQuerySchema.parse({ q: '  ngi ' })).toEqual({ q: 'ngi', limit: 6 });
  });

  it('accepts any printable text, quotes, wildcards and emoji included', () => {
    for (const q of ['%', "'", '_', '\\', 'ñandú', '😀', 'C#', 'Node.js']) {
      expect(searchQuerySchema.safeParse({ q }).success, q).toBe(true);
    }
  });

  it('refuses empty, overlong, repeated and control-character text', () => {
    for (const q of ['', '   ', 'x'.repeat(101), 'a\u0000b', 'a\nb', ['a', 'b']]) {
      expect(searchQuerySchema.safeParse({ q }).success, JSON.stringify(q)).toBe(false);
    }
  });
});
