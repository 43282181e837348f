import { useSuspenseQuery } from '@tanstack/react-query';
import { href, Link } from 'react-router';
import { useApi } from '../../lib/api.js';
import { formatExactCount, pluralize } from '../tools/tool-format.js';
import { ToolLogo } from '../tools/tool-logo.js';
import { trendingToolsQuery } from './home-queries.js';

/** How many trending tools the home page lists. */
const SHOWN = 8;

export function TrendingTools() {
  const { data } = useSuspenseQuery(trendingToolsQuery(useApi()));
  const tools = data.items.slice(0, SHOWN);
  return (
    <section className="home-panel" aria-labelledby="trending-title">
      <h2 id="trending-title">Trending tools</h2>
      <p className="home-panel__lead">Most new stacks and followers in the last {data.days} days.</p>
      {tools.length === 0 ? (
        <p className="muted">
          Nothing is trending this month yet. <Link to={href('/tools')}>Browse the catalogue</Link> and follow what you use.
        </p>
      ) : (
        <ol className="home-trending" aria-labelledby="trending-title">
          {tools.map((tool) => (
            <li key={tool.slug} className="home-trending__item">
              <ToolLogo name={tool.name} logoUrl={tool.logoUrl} />
              <div className="home-trending__text">
                <Link to={href('/tools/:slug', { slug: tool.slug })} className="home-trending__name">
                  {tool.name}
                </Link>
                <span className="home-trending__tagline">{tool.tagline}</span>
              </div>
              <span className="home-trending__growth">
                +{formatExactCount(tool.newStacks)} {pluralize(tool.newStacks, 'stack')}
                <span className="home-trending__followers">
                  +{formatExactCount(tool.newFollowers)} {pluralize(tool.newFollowers, 'follower')}
                </span>
              </span>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
