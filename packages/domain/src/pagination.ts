import { z } from 'zod';

/**
 * Keyset pagination. A cursor is the sort key and id of the last item of a page, encoded as base64url JSON:
 * opaque to clients, and the next page starts strictly after it (never OFFSET).
 */
export type CursorKey = [value: string | number, id: number];

export function encodeCursor(key: CursorKey): string {
  return Buffer.from(JSON.stringify(key), 'utf8').toString('base64url');
}

/** The key inside a cursor, or null when the text is not a cursor this API made. */
export function decodeCursor(cursor: string): CursorKey | null {
  try {
    const parsed: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    return cursorKeySchema.parse(parsed);
  } catch {
    return null;
  }
}

const cursorKeySchema = z.tuple([z.union([z.string().max(500), z.number().finite()]), z.number().int().positive()]);

export const cursorParam = z
  .string()
  .max(1000)
  .refine((value) => decodeCursor(value) !== null, 'is not a valid cursor');

export const limitParam = z.coerce.number().int().min(1).max(100).default(20);

export function pageSchema<T extends z.ZodType>(item: T) {
  return z.object({ items: z.array(item), nextCursor: z.string().nullable() });
}

export interface Page<T> {
  items: T[];
  nextCursor: string | null;
}
