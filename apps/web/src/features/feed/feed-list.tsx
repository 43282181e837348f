import { useSuspenseInfiniteQuery } from '@tanstack/react-query';
import { ErrorAlert } from '../../components/error-alert.js';
import { useApi } from '../../lib/api.js';
import { feedStatus } from './feed-format.js';
import { FeedItemView } from './feed-item.js';
import { followedFeedQuery } from './feed-queries.js';
import { FeedSuggestions } from './feed-suggestions.js';
import { useEndOfList } from './use-end-of-list.js';

/**
 * The viewer's feed, newest first. The next page loads by itself as the reader nears the end (a sentinel
 * under the list); the "Load more" button does the same for keyboards and for browsers without
 * IntersectionObserver. An empty feed suggests what to follow instead.
 */
export function FeedList({ username }: { username: string }) {
  const feed = useSuspenseInfiniteQuery(followedFeedQuery(useApi()));
  const items = feed.data.pages.flatMap((page) => page.items);
  const canLoadMore = feed.hasNextPage && !feed.isFetchingNextPage && !feed.isFetchNextPageError;
  const loadMore = () => {
    if (canLoadMore) void feed.fetchNextPage();
  };
  const sentinel = useEndOfList<HTMLDivElement>(loadMore, canLoadMore);

  if (items.length === 0) {
    return (
      <>
        {feed.isRefetching && (
          <p className="feed-status" role="status">
            Looking for news of what you follow…
          </p>
        )}
        <FeedSuggestions username={username} />
      </>
    );
  }

  return (
    <section className="feed" aria-labelledby="feed-list-title" aria-busy={feed.isFetchingNextPage}>
      <h2 id="feed-list-title" className="visually-hidden">
        What happened, newest first
      </h2>
      <ol className="feed-list" aria-labelledby="feed-list-title">
        {items.map((item) => (
          <li key={item.id}>
            <FeedItemView item={item} />
          </li>
        ))}
      </ol>
      <div ref={sentinel} className="feed-sentinel" aria-hidden="true" />
      {feed.isFetchNextPageError && <ErrorAlert title="Could not load older items." error={feed.error} onRetry={() => void feed.fetchNextPage()} />}
      <div className="feed-more">
        <p className="feed-status" role="status">
          {feedStatus({ count: items.length, loadingMore: feed.isFetchingNextPage, hasMore: feed.hasNextPage })}
        </p>
        {feed.hasNextPage && !feed.isFetchNextPageError && (
          <button type="button" className="button button--quiet" aria-disabled={feed.isFetchingNextPage} onClick={loadMore}>
            {feed.isFetchingNextPage ? 'Loading…' : 'Load more'}
          </button>
        )}
      </div>
    </section>
  );
}
