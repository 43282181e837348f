import { describe, expect, it } from 'vitest';
import { safeNextPath } from './safe-next.js';

describe('safeNextPath', () => {
  it('keeps a path on this site, with its query and fragment', () => {
    expect(safeNextPath('/tools/nginx')).toBe('/tools/nginx');
    expect(safeNextPath('/search?q=ruby+on+rails#people')).toBe('/search?q=ruby+on+rails#people');
    expect(safeNextPath('/')).toBe('/');
  });

  it('goes home without a next', () => {
    expect(safeNextPath(null)).toBe('/');
    expect(safeNextPath(undefined)).toBe('/');
    expect(safeNextPath('')).toBe('/');
  });

  it('refuses other sites, however written', () => {
    for (const next of [
      '//evil.example',
      '//evil.example/path',
      '/\\evil.example',
      '\\\\evil.example',
      '/\t/evil.example',
      '/\n/evil.example',
      'https://evil.example',
      'HTTPS://evil.example/tools',
      'http:evil.example',
      'evil.example',
      ' //evil.example',
    ]) {
      expect(safeNextPath(next), JSON.stringify(next)).toBe('/');
    }
  });

  it('refuses scripts and other schemes', () => {
    expect(safeNextPath('javascript:alert(1)')).toBe('/');
    expect(safeNextPath('data:text/html,<script>alert(1)</script>')).toBe('/');
  });

  it('normalises dot segments rather than letting them climb anywhere', () => {
    expect(safeNextPath('/tools/../stacks')).toBe('/stacks');
    expect(safeNextPath('/../../etc')).toBe('/etc');
  });

  it('does not send someone who just signed in back to the sign-in page', () => {
    expect(safeNextPath('/login')).toBe('/');
    expect(safeNextPath('/login?next=%2Ftools')).toBe('/');
  });
});
