import type { ToolDetail, ToolStack } from '@stackyard/domain';
import { useInfiniteQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { href, Link } from 'react-router';
import { ErrorAlert } from '../../components/error-alert.js';
import { useApi } from '../../lib/api.js';
import { formatDate, formatExactCount, pluralize } from './tool-format.js';
import { toolStacksQuery } from './tool-queries.js';
import { mergeToolStacks } from './tool-stacks-list.js';

/**
 * The stacks that use a tool: the newest few came with the tool's page; "load more" then walks the
 * tool's stack list page by page (its first page repeats those few, which are shown once).
 */
export function ToolStacks({ tool }: { tool: ToolDetail }) {
  const [expanded, setExpanded] = useState(false);
  const query = useInfiniteQuery({ ...toolStacksQuery(useApi(), tool.slug), enabled: expanded });
  const stacks = mergeToolStacks(tool.stacks, query.data?.pages.map((page) => page.items) ?? []);
  const loading = query.isFetching;
  const hasMore = expanded ? (query.isPending ? true : query.hasNextPage) : tool.stats.stacks > tool.stacks.length;

  return (
    <section className="tool-section" aria-labelledby="stacks-title">
      <h2 id="stacks-title">
        Stacks using {tool.name} <span className="tool-section__count">{formatExactCount(tool.stats.stacks)}</span>
      </h2>
      {stacks.length === 0 ? (
        <p className="muted">
          No stack uses {tool.name} yet. <Link to="/stacks/new">Share your stack</Link> and be the first.
        </p>
      ) : (
        <ul className="tool-stack-list" aria-labelledby="stacks-title">
          {stacks.map((stack) => (
            <li key={`${stack.owner.username}/${stack.slug}`}>
              <StackItem stack={stack} />
            </li>
          ))}
        </ul>
      )}
      {query.isError && <ErrorAlert title="Could not load more stacks." error={query.error} onRetry={() => void query.refetch()} />}
      {hasMore && !query.isError && (
        <div className="tool-section__more">
          <button
            type="button"
            className="button button--quiet"
            aria-disabled={loading}
            onClick={() => {
              if (loading) return;
              if (!expanded) setExpanded(true);
              else void query.fetchNextPage();
            }}
          >
            {loading ? 'Loading stacks…' : 'Load more stacks'}
          </button>
        </div>
      )}
    </section>
  );
}

function StackItem({ stack }: { stack: ToolStack }) {
  const owner = stack.owner.displayName ?? stack.owner.username;
  return (
    <article className="tool-stack">
      <h3 className="tool-stack__name">
        <Link to={href('/stacks/:owner/:slug', { owner: stack.owner.username, slug: stack.slug })}>{stack.name}</Link>
        {stack.hidden && <span className="tool-badge">Hidden from others</span>}
      </h3>
      <p className="tool-stack__meta">
        by <Link to={href('/users/:username', { username: stack.owner.username })}>{owner}</Link> · {stack.stats.tools}{' '}
        {pluralize(stack.stats.tools, 'tool')} · added <time dateTime={stack.addedAt}>{formatDate(stack.addedAt)}</time>
      </p>
      {stack.description && <p className="tool-stack__description">{stack.description}</p>}
    </article>
  );
}
