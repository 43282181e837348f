import { textSchema } from './text.js';

/**
 * Display names are free text shown beside content, so they are where impersonation happens. The rules
 * follow Unicode's own documents rather than a hand-picked list of bad characters:
 *
 * - NFKC (UAX #15), as the PRECIS Nickname profile (RFC 8266) does: fullwidth, mathematical, circled and
 *   ligature forms become the plain letters they stand for ("ａｄｍｉｎ", "𝐚𝐝𝐦𝐢𝐧" -> "admin").
 * - Default_Ignorable_Code_Point characters are removed: Unicode's set of characters that render as nothing,
 *   which holds every bidirectional control (U+061C, U+200E-U+200F, U+202A-U+202E, U+2066-U+2069), the
 *   zero-width space, joiners and word joiner (U+200B-U+200D, U+2060), the BOM, the soft hyphen, variation
 *   selectors and Hangul fillers. (Emoji joined by U+200D fall apart into their parts; a small price.)
 * - Whitespace runs become one space, the ends are trimmed; other control characters are refused.
 * - A name is refused when its *skeleton* (below) is that of a protected name (admin, administrator,
 *   moderator, stackyard), as a whole or as one of its words, and (in the API, which can ask the database)
 *   when it is the skeleton of another member's username.
 */
const INVISIBLE = /\p{Default_Ignorable_Code_Point}/gu;
export const DISPLAY_NAME_MAX_LENGTH = 80;

export function normaliseDisplayName(raw: string): string {
  // NFKC again after removing: a removed joiner may leave a letter and a combining mark side by side.
  return raw.normalize('NFKC').replace(INVISIBLE, '').normalize('NFKC').replace(/\s+/gu, ' ').trim();
}

/**
 * Letters of other scripts and symbols that are drawn like a Latin letter or digit, each folded to one
 * representative: the Latin-prototype entries of Unicode's confusables (UTS #39) for the Cyrillic, Greek,
 * Armenian and IPA/small-capital look-alikes, upper and lower case (names compare case-insensitively).
 * Case-insensitive comparison also merges UTS #39's classes: i, I, l, 1 and | all look like "l" somewhere,
 * so they all fold to "l"; o, O and 0 to "o".
 */
const LOOK_ALIKES: Record<string, string> = {
  // digits and symbols
  '0': 'o', '1': 'l', i: 'l', '|': 'l', '!': 'l', '¡': 'l', 'ǀ': 'l',
  // Latin letters without a decomposition, IPA and small capitals
  'ı': 'l', 'ɩ': 'l', 'ɪ': 'l', 'ł': 'l', 'ʟ': 'l', 'ȷ': 'j', 'ø': 'o', 'đ': 'd', 'ħ': 'h', 'ɑ': 'a', 'ɡ': 'g', 'ɢ': 'g',
  'ᴀ': 'a', 'ʙ': 'b', 'ᴄ': 'c', 'ᴅ': 'd', 'ᴇ': 'e', 'ʜ': 'h', 'ᴊ': 'j', 'ᴋ': 'k', 'ᴍ': 'm', 'ɴ': 'n', 'ᴏ': 'o',
  'ᴘ': 'p', 'ʀ': 'r', 'ꜱ': 's', 'ᴛ': 't', 'ᴜ': 'u', 'ᴠ': 'v', 'ᴡ': 'w', 'ʏ': 'y', 'ᴢ': 'z',
  // Cyrillic
  'А': 'a', 'а': 'a', 'В': 'b', 'Ь': 'b', 'С': 'c', 'с': 'c', 'ԁ': 'd', 'Е': 'e', 'е': 'e', 'Ѕ': 's', 'ѕ': 's',
  'Н': 'h', 'һ': 'h', 'І': 'l', 'і': 'l', 'Ӏ': 'l', 'ӏ': 'l', 'Ј': 'j', 'ј': 'j', 'К': 'k', 'М': 'm', 'О': 'o',
  'о': 'o', 'Р': 'p', 'р': 'p', 'Ԛ': 'q', 'ԛ': 'q', 'Т': 't', 'Х': 'x', 'х': 'x', 'У': 'y', 'у': 'y', 'Ү': 'y',
  'ү': 'y', 'Ԝ': 'w', 'ԝ': 'w', 'ѵ': 'v', 'Ѵ': 'v',
  // Greek
  'Α': 'a', 'α': 'a', 'Β': 'b', 'Ε': 'e', 'Ζ': 'z', 'Η': 'h', 'Ι': 'l', 'ι': 'l', 'Κ': 'k', 'κ': 'k', 'Μ': 'm',
  'Ν': 'n', 'ν': 'v', 'Ο': 'o', 'ο': 'o', 'σ': 'o', 'Ρ': 'p', 'ρ': 'p', 'Τ': 't', 'Υ': 'y', 'υ': 'u', 'Χ': 'x',
  'χ': 'x', 'ϲ': 'c', 'Ϲ': 'c', 'ϳ': 'j',
  // Armenian
  'օ': 'o', 'Օ': 'o', 'ս': 'u', 'Ս': 'u', 'հ': 'h', 'ո': 'n', 'ց': 'g', 'Տ': 's', 'Լ': 'l',
  // dashes look like the hyphen
  '‐': '-', '‑': '-', '‒': '-', '–': '-', '—': '-', '―': '-', '−': '-', '⁃': '-', '﹘': '-',
};
/** Pairs of Latin letters drawn like one (UTS #39 lists "rn" for m, "vv" for w, "cl" for d). */
const LOOK_ALIKE_PAIRS: ReadonlyArray<readonly [string, string]> = [
  ['rn', 'm'],
  ['vv', 'w'],
  ['cl', 'd'],
];

/**
 * The skeleton of a name, in the manner of UTS #39: two names with the same skeleton look alike. NFKC,
 * diacritics dropped (NFD without its combining marks: "àdmïn" reads as "admin"), each look-alike folded
 * to its representative, lower case, then the letter pairs folded.
 */
export function skeleton(text: string): string {
  const folded = Array.from(normaliseDisplayName(text).normalize('NFD').replace(/\p{M}/gu, ''), (character) => LOOK_ALIKES[character] ?? character)
    .join('')
    .toLowerCase();
  // Lower case can make new look-alikes (I -> i): fold once more.
  const again = Array.from(folded, (character) => LOOK_ALIKES[character] ?? character).join('');
  return LOOK_ALIKE_PAIRS.reduce((name, [pair, single]) => name.replaceAll(pair, single), again);
}

/**
 * The skeleton of a username, for the database to compute over every row: usernames are ASCII letters,
 * digits, "-" and "_", whose only look-alikes are those above, so this is skeleton() restricted to them
 * (the repository's SQL does the same with translate() and replace(), in the same order).
 */
export const USERNAME_SKELETON_SQL = {
  from: '01i',
  to: 'oll',
  pairs: LOOK_ALIKE_PAIRS,
} as const;

/** Names nobody may display, in any spelling, alone or as a word: the site's roles and its own name. */
export const PROTECTED_DISPLAY_NAMES = ['admin', 'administrator', 'moderator', 'stackyard'] as const;
const PROTECTED_SKELETONS = new Set(PROTECTED_DISPLAY_NAMES.flatMap((name) => [skeleton(name), skeleton(`${name}s`)]));

/** Whether a name reads as a protected one: as a whole with its separators dropped, or any word of it. */
export function looksLikeProtectedName(name: string): boolean {
  const bare = skeleton(name);
  const words = bare.split(/[^\p{L}\p{N}]+/u).filter(Boolean);
  return [bare.replace(/[^\p{L}\p{N}]+/gu, ''), ...words].some((word) => PROTECTED_SKELETONS.has(word));
}

/** Could this skeleton be a username's? Only then is it worth asking the database. */
export function couldBeUsernameSkeleton(nameSkeleton: string): boolean {
  return /^[a-z0-9_-]{3,30}$/.test(nameSkeleton);
}

/**
 * A display name as sent: normalised (NFKC, invisible characters removed, spaces collapsed), at most 80
 * characters, no control characters, not confusable with a protected name. Empty clears it.
 */
export const displayNameSchema = textSchema()
  .overwrite(normaliseDisplayName)
  .max(DISPLAY_NAME_MAX_LENGTH, `must be at most ${DISPLAY_NAME_MAX_LENGTH} characters`)
  .refine((name) => !looksLikeProtectedName(name), 'looks like the name of the site or of its staff; choose another');
