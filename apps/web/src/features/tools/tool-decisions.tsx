import type { Decision } from '@stackyard/domain';
import { useSuspenseInfiniteQuery } from '@tanstack/react-query';
import { href, Link } from 'react-router';
import { useApi } from '../../lib/api.js';
import { markdownExcerpt } from '../../components/text-excerpt.js';
import { formatDate, pluralize } from './tool-format.js';
import { toolDecisionsQuery } from './tool-queries.js';
import { LoadMore } from '../../components/load-more.js';

/** Why teams chose (or left) the tool, newest first: an excerpt of each, linking to the whole decision. */
export function ToolDecisions({ slug, name }: { slug: string; name: string }) {
  const query = useSuspenseInfiniteQuery(toolDecisionsQuery(useApi(), slug));
  const decisions = query.data.pages.flatMap((page) => page.items);
  return (
    <section className="tool-section" aria-labelledby="decisions-title">
      <h2 id="decisions-title">Decisions about {name}</h2>
      <p>
        <Link to={`/decisions/new?tools=${encodeURIComponent(slug)}`}>Write a decision about {name}</Link>
      </p>
      {decisions.length === 0 ? (
        <p className="muted">
          Nobody has explained a choice of {name} yet. <Link to="/stacks/new">Share your stack</Link> and say why you picked it.
        </p>
      ) : (
        <ul className="tool-decision-list" aria-labelledby="decisions-title">
          {decisions.map((decision) => (
            <li key={decision.id}>
              <DecisionItem decision={decision} />
            </li>
          ))}
        </ul>
      )}
      <LoadMore query={query} what="more decisions" className="tool-section__more" quiet />
    </section>
  );
}

function DecisionItem({ decision }: { decision: Decision }) {
  const author = decision.author.displayName ?? decision.author.username;
  const date = formatDate(decision.createdAt);
  return (
    <article className="tool-decision">
      <p className="tool-decision__meta">
        <Link to={href('/users/:username', { username: decision.author.username })}>{author}</Link>
        {decision.stack && (
          <>
            {' '}
            for{' '}
            <Link to={href('/stacks/:owner/:slug', { owner: decision.stack.owner, slug: decision.stack.slug })}>{decision.stack.name}</Link>
          </>
        )}{' '}
        · <time dateTime={decision.createdAt}>{date}</time>
        {decision.hidden && <span className="tool-badge">Hidden from others</span>}
      </p>
      <p className="tool-decision__excerpt">{markdownExcerpt(decision.body)}</p>
      <p className="tool-decision__footer">
        <span className="muted">
          {decision.votes} {pluralize(decision.votes, 'vote')}
          {decision.tools.length > 1 && ` · about ${decision.tools.map((tool) => tool.name).join(', ')}`}
        </span>
        <Link to={href('/decisions/:id', { id: String(decision.id) })}>
          Read the decision<span className="visually-hidden"> by {author} of {date}</span>
        </Link>
      </p>
    </article>
  );
}
