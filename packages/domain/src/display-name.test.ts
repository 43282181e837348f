import { describe, expect, it } from 'vitest';
import { updateAccountRequestSchema } from './auth.js';
import { looksLikeProtectedName, normaliseDisplayName, skeleton } from './display-name.js';

const parse = (displayName: string) => updateAccountRequestSchema.safeParse({ displayName });

describe('display names', () => {
  it('are NFKC-normalised: fullwidth, mathematical and ligature forms become plain letters', () => {
    expect(normaliseDisplayName('Ｇｒａｃｅ')).toBe('Grace');
    expect(normaliseDisplayName('𝐆𝐫𝐚𝐜𝐞 Hopper')).toBe('Grace Hopper');
    expect(normaliseDisplayName('ﬁnn')).toBe('finn');
    expect(normaliseDisplayName('Cafe\u0301')).toBe('Café');
  });

  it('lose bidirectional controls and zero-width characters, and collapse spaces', () => {
    // "Grace" with a right-to-left override, isolates, zero-width space, joiners, word joiner and BOM.
    expect(normaliseDisplayName('\u202EGr\u200Bace\u2066\u2069 \u200D\u200C\u2060\uFEFF Hopper\u200F\u061C')).toBe('Grace Hopper');
    expect(normaliseDisplayName('  Ada \t\n\u00A0 Lovelace  ')).toBe('Ada Lovelace');
    expect(normaliseDisplayName('soft\u00ADhyphen')).toBe('softhyphen');
    const parsed = parse('\u202Eevil\u202C name');
    expect(parsed.success && parsed.data.displayName).toBe('evil name');
  });

  it('refuse control characters and more than 80 characters once normalised', () => {
    expect(parse('nul\u0000byte').success).toBe(false);
    expect(parse('x'.repeat(81)).success).toBe(false);
    // Invisible characters do not count toward the length.
    expect(parse(`${'x'.repeat(80)}${'\u200B'.repeat(50)}`).success).toBe(true);
  });

  it('fold look-alikes to one skeleton', () => {
    expect(skeleton('admin')).toBe(skeleton('ADMIN'));
    for (const disguise of ['аdmin', 'ADMlN', 'adm1n', 'Αdmin', 'ɑdmin', 'ａｄｍｉｎ', 'àdmïn', 'adm\u0131n', 'ᴀᴅᴍɪɴ']) {
      expect(skeleton(disguise), disguise).toBe(skeleton('admin'));
    }
    expect(skeleton('rnoderator')).toBe(skeleton('moderator'));
    expect(skeleton('st4ckyard')).not.toBe(skeleton('stackyard'));
    expect(skeleton('ѕtасkуаrd')).toBe(skeleton('stackyard'));
    expect(skeleton('0pen-s0urce')).toBe(skeleton('open-source'));
    expect(skeleton('vvolf')).toBe(skeleton('wolf'));
    expect(skeleton('grace')).not.toBe(skeleton('grape'));
  });

  it('refuse names confusable with admin, moderator or stackyard, alone or as a word, however spelt', () => {
    for (const name of ['Admin', 'аdmin', 'ADM1N', 'Administrator', 'The Moderators', 'rnoderator', 'Stackyard', 'Stack Yard', 'S t a c k y a r d', 'Ѕtackyard team', 'admin\u200B', 'ＭＯＤＥＲＡＴＯＲ']) {
      expect(looksLikeProtectedName(name), name).toBe(true);
      const parsed = parse(name);
      expect(parsed.success, name).toBe(false);
      expect(parsed.error?.issues[0]?.message).toBe('looks like the name of the site or of its staff; choose another');
    }
    for (const name of ['Badminton fan', 'Grace Hopper', 'Moderately curious', 'Stacy Yardley', 'Адміністратор Петро']) {
      expect(looksLikeProtectedName(name), name).toBe(false);
      expect(parse(name).success, name).toBe(true);
    }
  });
});
