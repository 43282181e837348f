import { describe, expect, it } from 'vitest';
import { TOOL_SORT_KEY_TYPES, TOOL_SORTS, toolListQuerySchema } from './catalogue.js';
import { cursorFits, cursorKeyFits, cursorParam, encodeCursor } from './pagination.js';

const cursorOf = (value: unknown) => Buffer.from(JSON.stringify(value), 'utf8').toString('base64url');

describe('cursors checked against their list\'s key type', () => {
  it('take the key type of their list and refuse the others (a timestamp is also text)', () => {
    const keys = { number: 12345, text: 'gunicorn', timestamp: '2026-11-24 12:00:00.123456+00' } as const;
    const types = Object.keys(keys) as Array<keyof typeof keys>;
    for (const listType of types) {
      for (const keyType of types) {
        const fits = keyType === listType || (listType === 'text' && keyType === 'timestamp');
        expect(cursorFits(encodeCursor([keys[keyType], 1]), listType), `${keyType} key on a ${listType} list`).toBe(fits);
      }
    }
  });

  it('refuse the reported cursors: [12345, 1] where the sort is by time, ["x", 1] where it is by count', () => {
    expect(cursorParam('timestamp').safeParse('WzEyMzQ1LDFd').success).toBe(false);
    expect(toolListQuerySchema.safeParse({ cursor: 'WyJ4IiwxXQ' }).success).toBe(false);
    expect(toolListQuerySchema.safeParse({ cursor: 'WyJ4IiwxXQ', sort: 'name' }).success).toBe(true);
  });

  it('check a tool list\'s cursor against its sort', () => {
    for (const sort of TOOL_SORTS) {
      const sample = { number: 3, text: 'x', timestamp: '2026-01-01 00:00:00+00' }[TOOL_SORT_KEY_TYPES[sort]];
      const result = toolListQuerySchema.safeParse({ sort, cursor: encodeCursor([sample, 1]) });
      expect(result.success, sort).toBe(true);
    }
    const wrong = toolListQuerySchema.safeParse({ sort: 'newest', cursor: encodeCursor([3, 1]) });
    expect(wrong.error?.issues).toEqual([expect.objectContaining({ path: ['cursor'], message: 'is not a cursor of this sort' })]);
  });

  it('take numbers that are safe integers only', () => {
    for (const good of [0, 3, 3_000_000_000, Number.MAX_SAFE_INTEGER]) expect(cursorKeyFits(good, 'number'), String(good)).toBe(true);
    for (const bad of [1.5, 2 ** 53, 1e300, -(2 ** 53), '3']) expect(cursorKeyFits(bad, 'number'), String(bad)).toBe(false);
  });

  it('take timestamps that exist, written as PostgreSQL reads them', () => {
    for (const good of ['2026-11-24 12:00:00+00', '2026-11-24 12:00:00.123456+00', '2024-02-29 23:59:59-05:30', '2026-11-24T12:00:00Z', '2026-11-24 12:00:00', '1900-01-01 00:00:00+00:53:28']) {
      expect(cursorKeyFits(good, 'timestamp'), good).toBe(true);
    }
    for (const bad of ['2026-13-01 00:00:00+00', '2026-02-29 00:00:00+00', '2026-04-31 00:00:00+00', '0000-01-01 00:00:00+00', '2026-11-24 24:00:00+00', '2026-11-24 12:60:00+00', '2026-11-24 12:00:00+16', '2026-11-24 12:00:00.1234567+00', 'yesterday', 'now', 'infinity', '12345', '']) {
      expect(cursorKeyFits(bad, 'timestamp'), bad).toBe(false);
    }
  });

  it('take text without control characters, and ids that are positive safe integers', () => {
    expect(cursorKeyFits('Gunicorn 😀', 'text')).toBe(true);
    expect(cursorKeyFits('a\u0000b', 'text')).toBe(false);
    for (const id of [0, -1, 1.5, 2 ** 53, 1e20]) expect(cursorFits(cursorOf(['x', id]), 'text'), String(id)).toBe(false);
    expect(cursorFits(cursorOf(['x', Number.MAX_SAFE_INTEGER]), 'text')).toBe(true);
  });
});
