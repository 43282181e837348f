import { describe, expect, it } from 'vitest';
import { comparePath } from './compare-path.js';

describe('comparePath', () => {
  it('sorts the slugs, so either tool page links to the same comparison', () => {
    expect(comparePath(['passenger', 'gunicorn'])).toBe('/compare/gunicorn-vs-passenger');
    expect(comparePath(['gunicorn', 'passenger'])).toBe('/compare/gunicorn-vs-passenger');
  });

  it('joins three tools and names each once', () => {
    expect(comparePath(['nginx', 'caddy', 'apache-http-server'])).toBe('/compare/apache-http-server-vs-caddy-vs-nginx');
    expect(comparePath(['nginx', 'caddy', 'nginx'])).toBe('/compare/caddy-vs-nginx');
  });
});
