import type { SearchResponse } from '@stackyard/domain';

/** How long a short prefix's answer is served again before it is looked up anew. */
export const SHORT_SEARCH_TTL_MS = 5_000;
/** Prefixes kept at most (one and two characters, times the page sizes asked for). */
const MAX_ENTRIES = 5_000;

export interface SearchCache {
  /** The answer for `key`: the stored one while it is fresh, else `load()`'s, which is then stored. */
  get(key: string, load: () => Promise<SearchResponse>): Promise<SearchResponse>;
}

/**
 * Answers to one- and two-character searches, kept for a few seconds. Every visitor's first keystroke is
 * one of a few dozen prefixes, and each matches a large share of all names: the same few answers are
 * asked for over and over, and a few seconds' delay before a new name is offered on its first letter is
 * not noticed. Concurrent misses of one key share one lookup; a failed lookup is not kept. Time is read
 * from the monotonic clock, which no wall-clock change moves; `counted` hears each hit and miss (metrics).
 */
export function createSearchCache(now: () => number = () => performance.now(), counted: (outcome: 'hit' | 'miss') => void = () => {}): SearchCache {
  const entries = new Map<string, { expires: number; answer: Promise<SearchResponse> }>();
  return {
    get(key, load) {
      const time = now();
      const entry = entries.get(key);
      if (entry && entry.expires > time) {
        counted('hit');
        return entry.answer;
      }
      counted('miss');
      if (entries.size >= MAX_ENTRIES) {
        for (const [stored, { expires }] of entries) if (expires <= time) entries.delete(stored);
        if (entries.size >= MAX_ENTRIES) entries.clear();
      }
      const answer = load();
      entries.set(key, { expires: time + SHORT_SEARCH_TTL_MS, answer });
      answer.catch(() => {
        if (entries.get(key)?.answer === answer) entries.delete(key);
      });
      return answer;
    },
  };
}
