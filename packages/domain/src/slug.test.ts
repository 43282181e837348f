import { describe, expect, it } from 'vitest';
import { SLUG_PATTERN, slugify } from './slug.js';

describe('slugify', () => {
  it('joins lowercase words with single hyphens', () => {
    expect(slugify('Gunicorn vs Passenger!')).toBe('gunicorn-vs-passenger');
    expect(slugify('  Apache   HTTP Server ')).toBe('apache-http-server');
  });

  it('drops accents instead of the letters that carry them', () => {
    expect(slugify('Café Déjà Vu')).toBe('cafe-deja-vu');
  });

  it('always produces a valid slug or the empty string', () => {
    for (const text of ['Node.js', 'C#', '---', '', '日本語', 'a__b']) {
      const slug = slugify(text);
      expect(slug === '' || SLUG_PATTERN.test(slug)).toBe(true);
    }
  });
});
