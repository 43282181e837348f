import { keepPreviousData, useInfiniteQuery } from '@tanstack/react-query';
import { useRef } from 'react';
import { ErrorAlert } from '../../components/error-alert.js';
import { useApi } from '../../lib/api.js';
import { resultsStatusText } from './results-status.js';
import { ToolCard } from './tool-card.js';
import type { ToolFilters } from './tool-filters.js';
import { toolsQuery } from './tool-queries.js';

interface ToolResultsProps {
  filters: ToolFilters;
  selectedSlug: string | undefined;
  hrefFor: (slug: string) => string;
  onOpenTool: (slug: string) => void;
}

export function ToolResults({ filters, selectedSlug, hrefFor, onOpenTool }: ToolResultsProps) {
  const query = useInfiniteQuery({
    ...toolsQuery(useApi(), filters),
    // Keep the old cards on screen while a new search loads, instead of flashing an empty page.
    placeholderData: keepPreviousData,
  });
  const statusRef = useRef<HTMLParagraphElement>(null);

  const tools = query.data?.pages.flatMap((page) => page.items) ?? [];
  const updating = query.isPlaceholderData;
  const showEmptyHint = query.isSuccess && !updating && tools.length === 0;

  async function loadMore() {
    if (query.isFetchingNextPage) return;
    const result = await query.fetchNextPage();
    // The button disappears after the last page; move focus somewhere sensible rather than to <body>.
    if (!result.hasNextPage && !result.isError) statusRef.current?.focus();
  }

  return (
    <section className="results" aria-labelledby="results-title">
      <div className="results__header">
        <h2 id="results-title" tabIndex={-1}>
          Tools
        </h2>
        {/* One polite live region announces loading, counts and empty results as they change. */}
        <p ref={statusRef} className="results__status" role="status" tabIndex={-1}>
          {resultsStatusText({
            pending: query.isPending,
            failed: query.isError && tools.length === 0,
            updating,
            count: tools.length,
            hasMore: query.hasNextPage,
            search: filters.q,
          })}
        </p>
      </div>

      {query.isError && (
        <ErrorAlert
          title={query.isFetchNextPageError ? 'Could not load more tools.' : 'Could not load tools.'}
          error={query.error}
          onRetry={() => void (query.isFetchNextPageError ? query.fetchNextPage() : query.refetch())}
        />
      )}

      {showEmptyHint && (
        <p className="empty-state">Try fewer or shorter words, another layer or function, or clear the filters.</p>
      )}

      {tools.length > 0 && (
        <ul className={updating ? 'tool-grid tool-grid--updating' : 'tool-grid'} aria-label="Tools" aria-busy={updating}>
          {tools.map((tool) => (
            <li key={tool.slug}>
              <ToolCard tool={tool} href={hrefFor(tool.slug)} selected={tool.slug === selectedSlug} onOpen={onOpenTool} />
            </li>
          ))}
        </ul>
      )}

      {query.hasNextPage && !updating && (
        <div className="results__more">
          <button
            type="button"
            className="button"
            // aria-disabled rather than disabled, so keyboard focus stays on the button while it loads.
            aria-disabled={query.isFetchingNextPage}
            onClick={() => void loadMore()}
          >
            {query.isFetchingNextPage ? 'Loading more tools…' : 'Load more tools'}
          </button>
        </div>
      )}
    </section>
  );
}
