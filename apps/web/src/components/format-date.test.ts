import { describe, expect, it } from 'vitest';
import { formatDay, formatDayAndTime } from './format-date.js';

describe('formatDay', () => {
  it('writes the day in UTC, whatever the zone of the machine', () => {
    expect(formatDay('2026-11-28T23:30:00.000Z')).toBe('28 Nov 2026');
    expect(formatDay('2026-11-29T00:30:00+02:00')).toBe('28 Nov 2026');
  });

  it('gives back text it cannot read instead of "Invalid Date"', () => {
    expect(formatDay('not a date')).toBe('not a date');
  });
});

describe('formatDayAndTime', () => {
  it('adds the 24-hour time and says it is UTC', () => {
    expect(formatDayAndTime('2026-11-28T07:05:00.000Z')).toBe('28 Nov 2026, 07:05 UTC');
  });
});

describe('month names', () => {
  it('are the same three letters in every engine', () => {
    expect(formatDay('2026-09-27T12:00:00.000Z')).toBe('27 Sep 2026');
    expect(formatDay('2026-01-01T00:00:00.000Z')).toBe('1 Jan 2026');
  });
});
