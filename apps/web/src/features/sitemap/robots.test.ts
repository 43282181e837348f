import { describe, expect, it } from 'vitest';
import { robotsTxt } from './robots.js';

describe('robotsTxt', () => {
  const text = robotsTxt('https://stackyard.example');

  it('points at the sitemap with an absolute URL', () => {
    expect(text).toContain('\nSitemap: https://stackyard.example/sitemap.xml\n');
  });

  it('keeps crawlers out of the JSON API but lets them read its document', () => {
    const lines = text.split('\n');
    expect(lines).toContain('Disallow: /api/');
    expect(lines).toContain('Allow: /api/v1/openapi.json');
  });

  it('allows every page, the search and sign-in pages included (they say noindex themselves)', () => {
    expect(text.split('\n').filter((line) => line.startsWith('Disallow:'))).toEqual(['Disallow: /api/']);
  });
});
