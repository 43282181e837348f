import type { UserLink } from '@stackyard/domain';

/** What a person is called on the page: their display name, or their username when they gave none. */
export function nameOf(user: Pick<UserLink, 'username' | 'displayName'>): string {
  return user.displayName?.trim() || user.username;
}

/**
 * One or two letters for a monogram: the first letters of the first and last words of the name
 * ("Anika Patel" -> "AP", "carlat" -> "C"). Letters are taken whole (an emoji or an accented capital
 * is never cut in half).
 */
export function initialsOf(name: string): string {
  const words = name
    .trim()
    .split(/[\s._-]+/)
    .filter(Boolean);
  const first = words[0];
  if (!first) return '?';
  const letter = (word: string) => Array.from(word)[0]!.toLocaleUpperCase('en');
  const last = words.length > 1 ? words[words.length - 1]! : null;
  return last ? letter(first) + letter(last) : letter(first);
}

/** An avatar is shown only from https: the page's security policy refuses other images anyway. */
export function avatarSrc(url: string | null): string | null {
  if (!url) return null;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' ? parsed.href : null;
  } catch {
    return null;
  }
}
