import { describe, expect, it } from 'vitest';
import { searchTermFromPath } from './not-found-search.js';

describe('searchTermFromPath', () => {
  it('takes the last part of the path as words', () => {
    expect(searchTermFromPath('/tools/ngnix')).toBe('ngnix');
    expect(searchTermFromPath('/stacks/ada/rails-shop/')).toBe('rails shop');
    expect(searchTermFromPath('/tool/ruby_on_rails')).toBe('ruby on rails');
  });

  it('decodes the address and drops a file extension', () => {
    expect(searchTermFromPath('/tools/caf%C3%A9')).toBe('café');
    expect(searchTermFromPath('/postgres.html')).toBe('postgres');
  });

  it('survives a malformed escape', () => {
    expect(searchTermFromPath('/tools/redis%E0%A4%A')).toBe('redis');
  });

  it('suggests nothing for the root, ids and lone characters', () => {
    expect(searchTermFromPath('/')).toBe('');
    expect(searchTermFromPath('/decisions/12345')).toBe('');
    expect(searchTermFromPath('/x')).toBe('');
    expect(searchTermFromPath('/%3Cscript%3E')).toBe('script');
  });
});
