import { z } from 'zod';
import { hasControlCharacter } from './text.js';

/**
 * Keyset pagination. A cursor is the sort key and id of the last item of a page, encoded as base64url JSON:
 * opaque to clients, and the next page starts strictly after it (never OFFSET).
 */
export type CursorKey = [value: string | number, id: number];

/**
 * What a list's sort key is, and so what a cursor of that list carries: a count (a safe integer), text, or
 * a timestamp as PostgreSQL writes one (`created_at::text`, which keeps the microseconds a JS Date drops).
 */
export const CURSOR_KEY_TYPES = ['number', 'text', 'timestamp'] as const;
export type CursorKeyType = (typeof CURSOR_KEY_TYPES)[number];

export function encodeCursor(key: CursorKey): string {
  return Buffer.from(JSON.stringify(key), 'utf8').toString('base64url');
}

/** The key inside a cursor, or null when the text is not a cursor this API made (of any list). */
export function decodeCursor(cursor: string): CursorKey | null {
  try {
    const parsed: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    return cursorKeySchema.parse(parsed);
  } catch {
    return null;
  }
}

const cursorKeySchema = z.tuple([
  z.union([z.string().max(500), z.number().finite()]),
  z.number().int().positive().max(Number.MAX_SAFE_INTEGER),
]);

/** Whether a cursor's key is one a list sorted by a key of this type could have handed out. */
export function cursorKeyFits(value: string | number, keyType: CursorKeyType): boolean {
  switch (keyType) {
    case 'number':
      return Number.isSafeInteger(value);
    case 'text':
      return typeof value === 'string' && !hasControlCharacter(value);
    case 'timestamp':
      return typeof value === 'string' && isTimestampText(value);
  }
}

/** Whether the text is a cursor of a list sorted by a key of this type. */
export function cursorFits(cursor: string, keyType: CursorKeyType): boolean {
  const key = decodeCursor(cursor);
  return key !== null && cursorKeyFits(key[0], keyType);
}

/** `2026-11-24 12:00:00.123456+00` (PostgreSQL's text of a timestamptz), also with `T`, `Z` or `+05:30`. */
const TIMESTAMP_TEXT = /^(\d{4})-(\d{2})-(\d{2})[ T](\d{2}):(\d{2}):(\d{2})(?:\.\d{1,6})?(?:Z|[+-](\d{2})(?::?(\d{2})(?::(\d{2}))?)?)?$/;

/** A timestamp that exists: written as PostgreSQL reads it, and every field in its range. */
function isTimestampText(text: string): boolean {
  const match = TIMESTAMP_TEXT.exec(text);
  if (!match) return false;
  const [year, month, day, hour, minute, second, offsetHours, offsetMinutes, offsetSeconds] = match.slice(1).map((field) => Number(field ?? 0));
  const leap = (year! % 4 === 0 && year! % 100 !== 0) || year! % 400 === 0;
  const daysInMonth = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month! - 1];
  return (
    year! >= 1 &&
    daysInMonth !== undefined &&
    day! >= 1 &&
    day! <= daysInMonth &&
    hour! <= 23 &&
    minute! <= 59 &&
    second! <= 59 &&
    offsetHours! <= 15 &&
    offsetMinutes! <= 59 &&
    offsetSeconds! <= 59
  );
}

const cursorText = z.string().max(1000);

/**
 * The `cursor` parameter of a list sorted by a key of `keyType`: a cursor that list made. One of another
 * list, or with a key of another type, is refused here (400), before SQL would fail to cast it.
 */
export function cursorParam(keyType: CursorKeyType) {
  return cursorText.refine((value) => cursorFits(value, keyType), 'is not a cursor of this list');
}

/**
 * The `cursor` parameter of a list whose key type depends on another parameter (its sort): any cursor this
 * API made. The query's schema must then check it against the sort with `cursorFits`.
 */
export const cursorOfAnySortParam = cursorText.refine((value) => decodeCursor(value) !== null, 'is not a valid cursor');

export const limitParam = z.coerce.number().int().min(1).max(100).default(20);

export function pageSchema<T extends z.ZodType>(item: T) {
  return z.object({ items: z.array(item), nextCursor: z.string().nullable() });
}

export interface Page<T> {
  items: T[];
  nextCursor: string | null;
}
