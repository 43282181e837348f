import { describe, expect, it } from 'vitest';
import { cursorParam, decodeCursor, encodeCursor } from './pagination.js';

describe('cursors', () => {
  it('round-trip the sort key and id', () => {
    expect(decodeCursor(encodeCursor([42, 7]))).toEqual([42, 7]);
    expect(decodeCursor(encodeCursor(['gunicorn', 3]))).toEqual(['gunicorn', 3]);
  });

  it('refuse text that is not a cursor', () => {
    for (const bad of ['', 'abc', encodeCursor([1, -1]), Buffer.from('{"a":1}').toString('base64url'), '%%%']) {
      expect(decodeCursor(bad)).toBeNull();
      expect(cursorParam('number').safeParse(bad).success).toBe(false);
    }
  });
});
