import { cursorKeyFits, decodeCursor, encodeCursor, type CursorKey, type CursorKeyType, type Page } from '@stackyard/domain';
import { sql, type Expression, type RawBuilder, type SelectQueryBuilder, type SqlBool } from 'kysely';

/**
 * Keyset pagination, the SQL half (the cursor format is @stackyard/domain's `encodeCursor`). A list is in the
 * order of a `Keyset`: a sort key, then an id that makes the order total, both in one direction. A page is
 * the rows strictly after the cursor's [key, id] in that order, fetched one more than it shows: `paginate`
 * (or `pageWindow`, `afterKey` and `keysetOrder` for SQL written by hand) fetches, `toPage` cuts the extra
 * row off and makes the next page's cursor from the last row shown.
 */
export interface Keyset {
  /** The sort key, as the query orders by it. */
  key: Expression<unknown>;
  /** The id after the key, so that no two rows tie. */
  id: Expression<unknown>;
  /**
   * The key's SQL type, which a cursor's key is cast to: counts as bigint (a cursor carries any safe
   * integer), text, or timestamptz. Timestamps travel as PostgreSQL's own text (select `created_at::text` as
   * the row's key), which keeps the microseconds a JS Date would drop.
   */
  cast: keyof typeof CURSOR_KEY_TYPE_OF_CAST;
  direction: 'asc' | 'desc';
}

/**
 * The cursor key type (@stackyard/domain's `CursorKeyType`) each cast takes. A list's `cursor` parameter is
 * `cursorParam(type)` of its keyset's type, so that a cursor of another shape is a 400 before SQL sees it.
 */
const CURSOR_KEY_TYPE_OF_CAST = { bigint: 'number', text: 'text', timestamptz: 'timestamp' } as const satisfies Record<string, CursorKeyType>;

/** The keyset of a list shown newest first: a timestamp column, then an id column. */
export function newestFirst(createdAt: string, id: string): Keyset {
  return { key: sql.ref(createdAt), id: sql.ref(id), cast: 'timestamptz', direction: 'desc' };
}

/** What a client asks of a list: the cursor the previous page gave (none for the first page) and a page size. */
export interface PageRequest {
  cursor?: string | undefined;
  limit: number;
}

/** Where a page starts (null: at the top) and how many rows to fetch for it: one more than it shows. */
export interface PageWindow {
  after: CursorKey | null;
  fetch: number;
}

/** A request as SQL needs it. A cursor this API did not make reads as none (the routes refuse those). */
export function pageWindow(request: PageRequest): PageWindow {
  return { after: request.cursor ? decodeCursor(request.cursor) : null, fetch: request.limit + 1 };
}

/** `(key, id) < (cursor key, cursor id)` for a descending keyset, `>` for an ascending one; true without a cursor. */
export function afterKey(keyset: Keyset, after: CursorKey | null): RawBuilder<SqlBool> {
  if (!after) return sql<SqlBool>`true`;
  if (!cursorKeyFits(after[0], CURSOR_KEY_TYPE_OF_CAST[keyset.cast])) {
    // The route's schema should have refused it: its cursor parameter names another key type than this.
    throw new TypeError(`A cursor key ${JSON.stringify(after[0])} reached a ${keyset.cast} keyset: its list's cursorParam names the wrong key type`);
  }
  const comparison = sql.raw(keyset.direction === 'desc' ? '<' : '>');
  return sql<SqlBool>`(${keyset.key}, ${keyset.id}) ${comparison} (cast(${after[0]} as ${sql.raw(keyset.cast)}), ${after[1]})`;
}

/** `key desc, id desc` (or asc): the ORDER BY of a keyset, for SQL written by hand. */
export function keysetOrder(keyset: Keyset): RawBuilder<unknown> {
  const direction = sql.raw(keyset.direction);
  return sql`${keyset.key} ${direction}, ${keyset.id} ${direction}`;
}

/** Orders a query by a keyset: for a list that shows the first few rows in the same order as a paginated one. */
export function orderByKeyset<DB, TB extends keyof DB, O>(query: SelectQueryBuilder<DB, TB, O>, keyset: Keyset): SelectQueryBuilder<DB, TB, O> {
  return query.orderBy(keyset.key, keyset.direction).orderBy(keyset.id, keyset.direction);
}

/** The rows of one page: strictly after the request's cursor, in keyset order, one more than the page shows. */
export function paginate<DB, TB extends keyof DB, O>(
  query: SelectQueryBuilder<DB, TB, O>,
  keyset: Keyset,
  request: PageRequest,
): SelectQueryBuilder<DB, TB, O> {
  const { after, fetch } = pageWindow(request);
  return orderByKeyset(after ? query.where(afterKey(keyset, after)) : query, keyset).limit(fetch);
}

/**
 * A page from rows fetched for it (one more than `limit`): the extra row only says that another page exists,
 * and the next page's cursor is the key of the last row shown.
 */
export function toPage<Row>(rows: readonly Row[], limit: number, keyOf: (row: Row) => CursorKey): Page<Row> {
  const items = rows.slice(0, limit);
  const last = items.at(-1);
  return { items, nextCursor: rows.length > limit && last !== undefined ? encodeCursor(keyOf(last)) : null };
}
