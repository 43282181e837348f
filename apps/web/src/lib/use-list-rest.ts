import type { ListRest, Page } from '@stackyard/domain';
import { useState } from 'react';

/**
 * The rest of a list whose first few came with the page (a tool's pros, cons and integrations): fetched a
 * page at a time from the list's own endpoint when asked, and shown after the first few. It reads like an
 * infinite query, so LoadMore drives it; the page's first few stay the page's own (they refresh with it),
 * and an item that moved into them since is not shown twice.
 */
export function useListRest<T extends { id: number } | { slug: string }>(first: T[], rest: ListRest, load: (cursor: string) => Promise<Page<T>>) {
  const [more, setMore] = useState<T[]>([]);
  const [cursor, setCursor] = useState(rest.nextCursor);
  const [loading, setLoading] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const keyOf = (item: T) => ('id' in item ? item.id : item.slug);
  const shown = new Set(first.map(keyOf));
  const fetchNextPage = async () => {
    if (!cursor) return { hasNextPage: false, isError: false };
    setLoading(true);
    setError(null);
    try {
      const page = await load(cursor);
      setMore((items) => [...items, ...page.items]);
      setCursor(page.nextCursor);
      return { hasNextPage: page.nextCursor !== null, isError: false };
    } catch (caught) {
      setError(caught);
      return { hasNextPage: true, isError: true };
    } finally {
      setLoading(false);
    }
  };
  return {
    items: [...first, ...more.filter((item) => !shown.has(keyOf(item)))],
    total: rest.total,
    hasNextPage: cursor !== null,
    isFetchingNextPage: loading,
    isFetchNextPageError: error !== null,
    error,
    fetchNextPage,
  };
}
