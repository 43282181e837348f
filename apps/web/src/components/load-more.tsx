import type { RefObject } from 'react';
import { useHydrated } from '../lib/use-hydrated.js';
import { ErrorAlert } from './error-alert.js';

/** What LoadMore reads of an infinite query (TanStack Query's useInfiniteQuery result fits). */
interface PagedQuery {
  hasNextPage: boolean;
  isFetchingNextPage: boolean;
  isFetchNextPageError: boolean;
  error: unknown;
  fetchNextPage: () => Promise<{ hasNextPage: boolean; isError: boolean }>;
}

interface LoadMoreProps {
  query: PagedQuery;
  /** What the next page holds, as the button says it: "more tools", "older entries". */
  what: string;
  /** The wrapper's class, for the list's own spacing. */
  className?: string;
  quiet?: boolean;
  /**
   * Where the keyboard's focus goes once the last page is in and the button goes away (the list's count,
   * say), rather than to <body>.
   */
  focusAfterLast?: RefObject<HTMLElement | null>;
}

/**
 * The end of a keyset list: "Load <what>" while there is more, "Loading <what>…" while it comes, and what
 * went wrong, with a retry, when it did not. aria-disabled rather than disabled while loading, so the
 * keyboard's focus stays on the button. On a server-rendered page it is disabled until the page's script
 * runs, when a press would do nothing.
 */
export function LoadMore({ query, what, className = 'results__more', quiet = false, focusAfterLast }: LoadMoreProps) {
  const hydrated = useHydrated();
  const load = async () => {
    if (query.isFetchingNextPage) return;
    const result = await query.fetchNextPage();
    if (!result.hasNextPage && !result.isError) focusAfterLast?.current?.focus();
  };
  return (
    <>
      {query.isFetchNextPageError && <ErrorAlert title={`Could not load ${what}.`} error={query.error} onRetry={() => void query.fetchNextPage()} />}
      {query.hasNextPage && (
        <div className={className}>
          <button type="button" className={quiet ? 'button button--quiet' : 'button'} aria-disabled={query.isFetchingNextPage} disabled={!hydrated} onClick={() => void load()}>
            {query.isFetchingNextPage ? `Loading ${what}…` : `Load ${what}`}
          </button>
        </div>
      )}
    </>
  );
}
