import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { afterKey, newestFirst, type Keyset } from './pagination.js';

const byCount: Keyset = { key: sql`t.stacks_count`, id: sql`t.id`, cast: 'bigint', direction: 'desc' };
const byName: Keyset = { key: sql`lower(t.name)`, id: sql`t.id`, cast: 'text', direction: 'asc' };
const byTime = newestFirst('ev.created_at', 'ev.id');

describe('keyset cursors and their key type', () => {
  it('compare a key of the keyset\'s type', () => {
    expect(() => afterKey(byCount, [3_000_000_000, 1])).not.toThrow();
    expect(() => afterKey(byName, ['nginx', 1])).not.toThrow();
    expect(() => afterKey(byTime, ['2026-11-24 12:00:00.123456+00', 1])).not.toThrow();
  });

  it('refuse, before any SQL, a key of another type: the list\'s cursor schema named the wrong one', () => {
    expect(() => afterKey(byCount, ['x', 1])).toThrow(/reached a bigint keyset/);
    expect(() => afterKey(byCount, [1.5, 1])).toThrow(TypeError);
    expect(() => afterKey(byName, [12345, 1])).toThrow(/reached a text keyset/);
    expect(() => afterKey(byTime, [12345, 1])).toThrow(/reached a timestamptz keyset/);
    expect(() => afterKey(byTime, ['x', 1])).toThrow(TypeError);
  });
});
