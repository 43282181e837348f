/** How long an answer is served again before it is looked up anew. */
export const ANSWER_TTL_MS = 5_000;
/** Answers kept at most per cache; past it the oldest, which also expires first, makes room. */
const MAX_ENTRIES = 5_000;

export interface AnswerCache<T> {
  /**
   * The answer for `key`: the stored one while it is fresh and was looked up at the same `version` of what
   * it depends on, else `load()`'s, which is then stored with that version.
   */
  get(key: string, version: string, load: () => Promise<T>): Promise<T>;
  /** How many answers are held now. */
  size(): number;
}

export interface AnswerCacheOptions {
  /** Monotonic milliseconds (performance.now()), which no wall-clock change moves. */
  now?: () => number;
  /** Hears each hit and miss (metrics). */
  counted?: (outcome: 'hit' | 'miss') => void;
  maxEntries?: number;
}

/**
 * Answers that are the same for every visitor who is not signed in, kept for a few seconds: the same
 * searches and comparisons are asked for over and over (everyone's first keystrokes, the comparison a
 * link points at), and a few seconds' delay before a new name or count is shown is not noticed. What must
 * not wait (something new was shared, a moderator hid something) changes the version the caller passes,
 * and the next request looks the answer up. Concurrent misses of one key share one lookup; a failed
 * lookup is not kept. Entries are kept in the order they were stored, which is the order they expire in,
 * so the oldest is the one dropped when the cache is full.
 */
export function createAnswerCache<T>({ now = () => performance.now(), counted = () => {}, maxEntries = MAX_ENTRIES }: AnswerCacheOptions = {}): AnswerCache<T> {
  const entries = new Map<string, { expires: number; version: string; answer: Promise<T> }>();
  return {
    get(key, version, load) {
      const time = now();
      const entry = entries.get(key);
      if (entry && entry.expires > time && entry.version === version) {
        counted('hit');
        return entry.answer;
      }
      counted('miss');
      // Stored anew at the end, in expiry order. Those that have expired go now, from the front, so what
      // is held is at most what was asked for in the last few seconds, not a full cache of stale answers.
      entries.delete(key);
      for (const [stored, { expires }] of entries) {
        if (expires > time && entries.size < maxEntries) break;
        entries.delete(stored);
      }
      const answer = load();
      entries.set(key, { expires: time + ANSWER_TTL_MS, version, answer });
      answer.catch(() => {
        if (entries.get(key)?.answer === answer) entries.delete(key);
      });
      return answer;
    },
    size: () => entries.size,
  };
}
