import { describe, expect, it } from 'vitest';
import { adoptionMonths } from './adoption.js';
import { compareQuerySchema } from './compare.js';

describe('the compare query', () => {
  it('takes two or three distinct slugs, separated by commas', () => {
    expect(compareQuerySchema.parse({ tools: 'gunicorn,passenger' }).tools).toEqual(['gunicorn', 'passenger']);
    expect(compareQuerySchema.parse({ tools: 'a, b ,c' }).tools).toEqual(['a', 'b', 'c']);
  });

  it.each([
    ['one tool', 'gunicorn', /2 or 3 tools/],
    ['four tools', 'a,b,c,d', /2 or 3 tools/],
    ['a duplicate', 'gunicorn,gunicorn', /each tool once/],
    ['an empty name', 'gunicorn,', /slug/],
    ['something that is not a slug', "gunicorn,pass'enger", /slug/],
  ])('refuses %s', (_case, tools, message) => {
    const result = compareQuerySchema.safeParse({ tools });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toMatch(message);
  });

  it('refuses a repeated parameter and overlong text', () => {
    expect(compareQuerySchema.safeParse({ tools: ['a,b', 'c'] }).success).toBe(false);
    expect(compareQuerySchema.safeParse({ tools: `${'a'.repeat(300)},b` }).success).toBe(false);
  });
});

describe('adoption months', () => {
  it('ends with the current month and spans two years, across a year boundary', () => {
    const { months, since } = adoptionMonths(new Date('2026-01-15T10:00:00Z'));
    expect(months).toHaveLength(24);
    expect(months[0]).toBe('2024-02');
    expect(months.at(-1)).toBe('2026-01');
    expect(since.toISOString()).toBe('2024-02-01T00:00:00.000Z');
    expect(new Set(months).size).toBe(24);
  });
});
