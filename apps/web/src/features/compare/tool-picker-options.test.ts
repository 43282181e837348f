import { describe, expect, it } from 'vitest';
import { MAX_PICKER_OPTIONS, nextActiveOption, pickerOptions } from './tool-picker-options.js';

const tool = (slug: string) => ({ slug, name: slug.toUpperCase(), logoUrl: null, function: { slug: 'web-servers', name: 'Web Servers' } });

describe('what the picker offers', () => {
  const alternatives = [tool('nginx'), tool('gunicorn'), tool('puma')];

  it('offers the alternatives before anything is typed, never a tool already compared', () => {
    expect(pickerOptions({ search: '', matches: undefined, alternatives, compared: ['gunicorn', 'passenger'] })).toEqual({
      source: 'alternatives',
      options: [
        { slug: 'nginx', name: 'NGINX', logoUrl: null, detail: 'Web Servers' },
        { slug: 'puma', name: 'PUMA', logoUrl: null, detail: 'Web Servers' },
      ],
    });
  });

  it('offers the matches of a search, nothing while they are on their way', () => {
    expect(pickerOptions({ search: 'pu', matches: [tool('puma'), tool('passenger')], alternatives, compared: ['passenger'] }).options.map((option) => option.slug)).toEqual(['puma']);
    expect(pickerOptions({ search: 'pu', matches: undefined, alternatives, compared: [] })).toEqual({ source: 'matches', options: [] });
  });

  it('lists at most a screenful', () => {
    const many = Array.from({ length: 20 }, (_, index) => tool(`tool-${index}`));
    expect(pickerOptions({ search: '', matches: undefined, alternatives: many, compared: [] }).options).toHaveLength(MAX_PICKER_OPTIONS);
  });
});

describe('moving through the options with the arrow keys', () => {
  it('goes down and up, wrapping at both ends', () => {
    expect(nextActiveOption(-1, 3, 'ArrowDown')).toBe(0);
    expect(nextActiveOption(2, 3, 'ArrowDown')).toBe(0);
    expect(nextActiveOption(-1, 3, 'ArrowUp')).toBe(2);
    expect(nextActiveOption(0, 3, 'ArrowUp')).toBe(2);
    expect(nextActiveOption(1, 3, 'ArrowUp')).toBe(0);
  });

  it('stays on the text box when there is nothing to move to', () => {
    expect(nextActiveOption(-1, 0, 'ArrowDown')).toBe(-1);
  });
});
