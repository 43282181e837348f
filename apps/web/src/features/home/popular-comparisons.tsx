import { useSuspenseQuery } from '@tanstack/react-query';
import { href, Link } from 'react-router';
import { useApi } from '../../lib/api.js';
import { comparePath } from '../tools/compare-path.js';
import { formatExactCount, pluralize } from '../tools/tool-format.js';
import { ToolLogo } from '../tools/tool-logo.js';
import { popularComparisonsQuery } from './home-queries.js';

export function PopularComparisons() {
  const { data: comparisons } = useSuspenseQuery(popularComparisonsQuery(useApi()));
  return (
    <section className="home-panel" aria-labelledby="comparisons-title">
      <h2 id="comparisons-title">Popular comparisons</h2>
      <p className="home-panel__lead">What people weigh against each other most often.</p>
      {comparisons.length === 0 ? (
        <p className="muted">
          No comparison has been opened yet. Open any tool&apos;s page and choose “Compare with…”, or{' '}
          <Link to={href('/tools')}>find a tool</Link> to start from.
        </p>
      ) : (
        <ul className="home-comparisons" aria-labelledby="comparisons-title">
          {comparisons.map((comparison) => {
            const names = comparison.tools.map((tool) => tool.name);
            return (
              <li key={comparison.tools.map((tool) => tool.slug).join()}>
                <Link to={comparePath(comparison.tools.map((tool) => tool.slug))} className="home-comparison">
                  <span className="home-comparison__logos" aria-hidden="true">
                    {comparison.tools.map((tool) => (
                      <ToolLogo key={tool.slug} name={tool.name} logoUrl={tool.logoUrl} />
                    ))}
                  </span>
                  <span className="home-comparison__names">{names.join(' vs ')}</span>
                  <span className="home-comparison__views">
                    {formatExactCount(comparison.views)} {pluralize(comparison.views, 'view')}
                  </span>
                </Link>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
