import type { ToolLink, UserLink } from '@stackyard/domain';
import { useSuspenseQuery } from '@tanstack/react-query';
import { href, Link } from 'react-router';
import { useApi } from '../../lib/api.js';
import { formatDate } from '../tools/tool-format.js';
import { publicFeedQuery } from './home-queries.js';
import { recentStacksAndDecisions, type RecentDecision, type RecentStack } from './recent-activity.js';

/** How many of each the home page shows. */
const SHOWN = 5;
/** Tools named per stack before "and N more". */
const TOOLS_SHOWN = 4;

export function RecentStacksAndDecisions() {
  const { data: items } = useSuspenseQuery(publicFeedQuery(useApi()));
  const { stacks, decisions } = recentStacksAndDecisions(items, SHOWN);
  return (
    <div className="home-columns">
      <section className="home-panel" aria-labelledby="recent-stacks-title">
        <h2 id="recent-stacks-title">Stacks just shared</h2>
        {stacks.length === 0 ? (
          <p className="muted">
            No stack was shared lately. <Link to="/stacks/new">Share yours</Link>: it takes a minute.
          </p>
        ) : (
          <ul className="home-feed" aria-labelledby="recent-stacks-title">
            {stacks.map((stack) => (
              <li key={`${stack.owner}/${stack.slug}`}>
                <StackEntry stack={stack} />
              </li>
            ))}
          </ul>
        )}
      </section>
      <section className="home-panel" aria-labelledby="recent-decisions-title">
        <h2 id="recent-decisions-title">Recent decisions</h2>
        {decisions.length === 0 ? (
          <p className="muted">
            Nobody has explained a choice lately. <Link to="/stacks/new">Share your stack</Link> and say why you picked its tools.
          </p>
        ) : (
          <ul className="home-feed" aria-labelledby="recent-decisions-title">
            {decisions.map((decision) => (
              <li key={decision.id}>
                <DecisionEntry decision={decision} />
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}

function StackEntry({ stack }: { stack: RecentStack }) {
  const shown = stack.tools.slice(0, TOOLS_SHOWN);
  const more = stack.tools.length - shown.length;
  return (
    <article className="home-entry">
      <h3 className="home-entry__title">
        <Link to={href('/stacks/:owner/:slug', { owner: stack.owner, slug: stack.slug })}>{stack.name}</Link>
      </h3>
      <Byline actor={stack.actor} createdAt={stack.createdAt} />
      {shown.length > 0 && (
        <p className="home-entry__tools">
          <ToolNames tools={shown} />
          {more > 0 && <span className="muted"> and {more} more</span>}
        </p>
      )}
    </article>
  );
}

function DecisionEntry({ decision }: { decision: RecentDecision }) {
  return (
    <article className="home-entry">
      <p className="home-entry__excerpt">
        <Link to={href('/decisions/:id', { id: String(decision.id) })}>{decision.excerpt}</Link>
      </p>
      <Byline actor={decision.actor} createdAt={decision.createdAt} />
      {decision.tools.length > 0 && (
        <p className="home-entry__tools">
          <ToolNames tools={decision.tools} />
        </p>
      )}
    </article>
  );
}

function Byline({ actor, createdAt }: { actor: UserLink; createdAt: string }) {
  return (
    <p className="home-entry__meta">
      by <Link to={href('/users/:username', { username: actor.username })}>{actor.displayName ?? actor.username}</Link> ·{' '}
      <time dateTime={createdAt}>{formatDate(createdAt)}</time>
    </p>
  );
}

function ToolNames({ tools }: { tools: ToolLink[] }) {
  return tools.map((tool, index) => (
    <span key={tool.slug}>
      {index > 0 && ', '}
      <Link to={href('/tools/:slug', { slug: tool.slug })}>{tool.name}</Link>
    </span>
  ));
}
