import { useSuspenseInfiniteQuery } from '@tanstack/react-query';
import { useRef } from 'react';
import { useApi } from '../../lib/api.js';
import { resultsStatusText } from './results-status.js';
import { ToolCard } from './tool-card.js';
import type { ToolFilters } from './tool-filters.js';
import { toolsQuery } from './tool-queries.js';
import { LoadMore } from '../../components/load-more.js';

interface ToolResultsProps {
  filters: ToolFilters;
  /** True while the router loads the answer to newer filters; the current cards stay until it lands. */
  updating: boolean;
  onClear: () => void;
}

export function ToolResults({ filters, updating, onClear }: ToolResultsProps) {
  // The page's loader put the first page in the cache, so this never suspends on arrival.
  const query = useSuspenseInfiniteQuery(toolsQuery(useApi(), filters));
  const statusRef = useRef<HTMLParagraphElement>(null);
  const tools = query.data.pages.flatMap((page) => page.items);


  return (
    <section className="results" aria-labelledby="results-title">
      <div className="results__header">
        <h2 id="results-title">Results</h2>
        {/* One polite live region announces updates, counts and empty results as they change. */}
        <p ref={statusRef} className="results__status" role="status" tabIndex={-1}>
          {resultsStatusText({ updating, count: tools.length, hasMore: query.hasNextPage, search: filters.q })}
        </p>
      </div>

      {tools.length === 0 ? (
        <div className="empty-state">
          <p>Try fewer or shorter words, another layer or function, or start again from every tool.</p>
          <button type="button" className="button button--quiet" onClick={onClear}>
            Clear filters
          </button>
        </div>
      ) : (
        <ul className={updating ? 'tool-grid tool-grid--updating' : 'tool-grid'} aria-label="Tools" aria-busy={updating}>
          {tools.map((tool) => (
            <li key={tool.slug}>
              <ToolCard tool={tool} />
            </li>
          ))}
        </ul>
      )}

      <LoadMore query={query} what="more tools" focusAfterLast={statusRef} />
    </section>
  );
}
