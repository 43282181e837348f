import { ZxcvbnFactory, type MatchExtended } from '@zxcvbn-ts/core';
import { adjacencyGraphs, dictionary } from '@zxcvbn-ts/language-common';

/** The site's own name: a password built on it is among the first an attacker of this site tries. */
export const SITE_NAME = 'stackyard';

/**
 * The lowest zxcvbn score a new password may have. 3 is "safely unguessable" (at least 10^8 guesses by
 * zxcvbn's estimate): its authors' threshold for an online service that stores passwords with a slow hash,
 * as this one does (Argon2id); 2 and below are guessed by attacks that walk dictionaries and patterns.
 */
export const MIN_PASSWORD_SCORE = 3;

let estimator: ZxcvbnFactory | undefined;

/** Built at first use (it ranks ~50,000 words), so that importing the domain costs nothing. */
function zxcvbn(maxLength: number): ZxcvbnFactory {
  estimator ??= new ZxcvbnFactory({ dictionary, graphs: adjacencyGraphs, maxLength });
  return estimator;
}

/** What each kind of weak part zxcvbn finds tells the person, worded as the rest of the policy's messages. */
function reasonFor(match: MatchExtended): string {
  switch (match.pattern) {
    case 'dictionary':
      return match.dictionaryName === 'passwords-common'
        ? 'is built on a common password (case, reversal or swapping letters for digits does not hide it); choose a less guessable one'
        : 'is a few common words only; add another word or two of your own';
    case 'repeat':
      return 'repeats characters or a pattern (like "aaaa" or "abcabc"); choose a less guessable one';
    case 'sequence':
      return 'is a run of sequential characters (like "abcd" or "9876"); choose a less guessable one';
    case 'spatial':
      return 'is a keyboard pattern (like "qwerty" or "zxcvbn"); choose a less guessable one';
    case 'date':
    case 'regex':
      return 'leans on a date or a year, which are easy to guess; choose a less guessable one';
    default:
      return 'is too easy to guess; make it longer, for example with a few more words';
  }
}

/**
 * Why zxcvbn finds a password weak, or null. `personal` are the words a guesser would try first for this
 * account: `contained` ones (its username and email) refuse any password that contains them, in any case;
 * `hinted` ones (the name of the email) refuse a password when the estimator's cheapest reading of it uses
 * them (so "another" is not refused for the email other@...). The site's name is contained. Otherwise a
 * password scoring under MIN_PASSWORD_SCORE is refused for the pattern that covers most of it (a repeat, a
 * sequence, a keyboard walk, a common password, a date...).
 */
export function weakPasswordReason(
  password: string,
  personal: { contained: readonly string[]; hinted: readonly string[] },
  maxLength: number,
): string | null {
  const contained = [...personal.contained.map((word) => word.toLowerCase()).filter((word) => word.length >= 3), SITE_NAME];
  const hinted = personal.hinted.map((word) => word.toLowerCase()).filter((word) => word.length >= 3);
  const result = zxcvbn(maxLength).check(password, [...contained, ...hinted]);
  const lowered = password.toLowerCase();
  const used = new Set(
    result.sequence.filter((match) => match.pattern === 'dictionary' && match.dictionaryName === 'userInputs').map((match) => String(match.matchedWord)),
  );
  for (const word of contained) if (lowered.includes(word)) used.add(word);
  if (used.has(SITE_NAME)) return "must not contain the site's name";
  if (used.size > 0) return 'must not contain your username or email';
  if (result.score >= MIN_PASSWORD_SCORE) return null;

  const weakParts = result.sequence.filter((match) => match.pattern !== 'bruteforce' && match.pattern !== 'separator');
  const largest = weakParts.reduce<MatchExtended | undefined>((best, match) => (!best || match.token.length > best.token.length ? match : best), undefined);
  return reasonFor(largest ?? { pattern: 'bruteforce', i: 0, j: password.length - 1, token: password });
}
