import { describe, expect, it } from 'vitest';
import { avatarSrc, initialsOf, nameOf } from './user-format.js';

describe('nameOf', () => {
  it('prefers the display name and falls back to the username', () => {
    expect(nameOf({ username: 'anika-patel', displayName: 'Anika Patel' })).toBe('Anika Patel');
    expect(nameOf({ username: 'carlat', displayName: null })).toBe('carlat');
    expect(nameOf({ username: 'carlat', displayName: '  ' })).toBe('carlat');
  });
});

describe('initialsOf', () => {
  it('takes the first letters of the first and last words', () => {
    expect(initialsOf('Anika Patel')).toBe('AP');
    expect(initialsOf('Jean-Luc de la Cruz')).toBe('JC');
    expect(initialsOf('carlat')).toBe('C');
    expect(initialsOf('quinn_umar')).toBe('QU');
  });

  it('keeps whole characters and never returns nothing', () => {
    expect(initialsOf('émile zola')).toBe('ÉZ');
    expect(initialsOf('😀 smile')).toBe('😀S');
    expect(initialsOf('   ')).toBe('?');
  });
});

describe('avatarSrc', () => {
  it('keeps https images only', () => {
    expect(avatarSrc('https://example.com/a.png')).toBe('https://example.com/a.png');
    expect(avatarSrc('http://example.com/a.png')).toBeNull();
    expect(avatarSrc('javascript:alert(1)')).toBeNull();
    expect(avatarSrc('not a url')).toBeNull();
    expect(avatarSrc(null)).toBeNull();
  });
});
