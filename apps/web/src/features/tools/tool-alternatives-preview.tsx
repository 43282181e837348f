import type { ToolDetail } from '@stackyard/domain';
import { href, Link } from 'react-router';
import { formatCount, pluralize } from './tool-format.js';
import { ToolLogo } from './tool-logo.js';

/** The most used other tools of the same function, and the way to all of them. */
export function ToolAlternativesPreview({ tool }: { tool: ToolDetail }) {
  return (
    <section className="tool-side-section" aria-labelledby="alternatives-title">
      <h2 id="alternatives-title">Alternatives</h2>
      {tool.alternatives.length === 0 ? (
        <p className="muted">
          {tool.name} is the only {tool.path.function.name} tool in the catalogue so far.
        </p>
      ) : (
        <>
          <ol className="tool-mini-list" aria-labelledby="alternatives-title">
            {tool.alternatives.map((other) => (
              <li key={other.slug} className="tool-mini">
                <ToolLogo name={other.name} logoUrl={other.logoUrl} />
                <span className="tool-mini__text">
                  <Link to={href('/tools/:slug', { slug: other.slug })} className="tool-mini__name">
                    {other.name}
                  </Link>
                  <span className="tool-mini__detail">
                    {formatCount(other.stats.stacks)} {pluralize(other.stats.stacks, 'stack')}
                  </span>
                </span>
              </li>
            ))}
          </ol>
          <p className="tool-side-section__more">
            <Link to={href('/tools/:slug/alternatives', { slug: tool.slug })}>
              All alternatives to {tool.name}
              <span aria-hidden="true"> →</span>
            </Link>
          </p>
        </>
      )}
    </section>
  );
}
