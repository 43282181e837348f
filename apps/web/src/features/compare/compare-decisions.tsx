import type { Comparison } from '@stackyard/domain';
import { href, Link } from 'react-router';
import { formatExactCount, pluralize } from '../tools/tool-format.js';
import { formatDay } from './compare-stats.js';

/** What people decided between these tools ("we moved from Gunicorn to Passenger"), newest first. */
export function CompareDecisions({ comparison }: { comparison: Comparison }) {
  const { decisions, tools } = comparison;
  const every = tools.length === 2 ? 'both' : 'all three';
  return (
    <section id="decisions" className="compare-section" aria-labelledby="decisions-title">
      <h2 id="decisions-title">Decisions that mention {every}</h2>
      {decisions.length === 0 ? (
        <p className="compare-empty">Nobody has written up a choice between them yet. Chose one of them for a project? Post a decision from your stack.</p>
      ) : (
        <ul className="compare-decisions" aria-labelledby="decisions-title">
          {decisions.map((decision) => (
            <li key={decision.id} className="compare-decision">
              <p className="compare-decision__byline">
                <Link to={href('/users/:username', { username: decision.author.username })}>{decision.author.displayName ?? decision.author.username}</Link>
                {decision.stack && (
                  <>
                    {' '}for{' '}
                    <Link to={href('/stacks/:owner/:slug', { owner: decision.stack.owner, slug: decision.stack.slug })}>{decision.stack.name}</Link>
                  </>
                )}
                <span className="muted">
                  {' '}· <time dateTime={decision.createdAt}>{formatDay(decision.createdAt)}</time>
                </span>
              </p>
              {/* Rendered by the API from Markdown with raw HTML off and links made safe; stored that way. */}
              <div className="compare-decision__body" dangerouslySetInnerHTML={{ __html: decision.html }} />
              <p className="compare-decision__footer">
                <span>
                  {formatExactCount(decision.votes)} {pluralize(decision.votes, 'vote')}
                </span>
                <Link to={href('/decisions/:id', { id: String(decision.id) })}>
                  Read the decision<span className="visually-hidden"> by {decision.author.displayName ?? decision.author.username}</span>
                </Link>
              </p>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
