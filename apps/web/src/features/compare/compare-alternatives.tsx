import type { Comparison } from '@stackyard/domain';
import { href, Link } from 'react-router';
import { ToolLogo } from '../tools/tool-logo.js';
import { formatCount, pluralize } from '../tools/tool-format.js';
import { joinNames } from './compare-meta.js';
import { comparePath, withTool } from './compare-slugs.js';

/** Other tools that do the same job, most used first; with two tools compared, each can join as the third. */
export function CompareAlternatives({ comparison }: { comparison: Comparison }) {
  const { tools, alternatives } = comparison;
  const slugs = tools.map((tool) => tool.slug);
  return (
    <section id="alternatives" className="compare-section" aria-labelledby="alternatives-title">
      <h2 id="alternatives-title">What are some alternatives to {joinNames(tools.map((tool) => tool.name))}?</h2>
      {alternatives.length === 0 ? (
        <p className="compare-empty">No other tool in the catalogue does the same job yet.</p>
      ) : (
        <ul className="compare-alternatives" aria-labelledby="alternatives-title">
          {alternatives.map((tool) => {
            const added = withTool(slugs, tool.slug);
            return (
              <li key={tool.slug} className="compare-alternative">
                <div className="compare-alternative__identity">
                  <ToolLogo name={tool.name} logoUrl={tool.logoUrl} />
                  <div>
                    <Link className="compare-alternative__name" to={href('/tools/:slug', { slug: tool.slug })}>
                      {tool.name}
                    </Link>
                    <p className="compare-alternative__function">
                      {tool.function.name} · {formatCount(tool.stats.stacks)} {pluralize(tool.stats.stacks, 'stack')}
                    </p>
                  </div>
                </div>
                <p className="compare-alternative__tagline">{tool.tagline}</p>
                {added && (
                  <p className="compare-alternative__footer">
                    <Link to={comparePath(added)}>
                      Add to comparison<span className="visually-hidden">: {tool.name}</span>
                    </Link>
                  </p>
                )}
              </li>
            );
          })}
        </ul>
      )}
      <p className="compare-section__more">
        {tools.map((tool, index) => (
          <span key={tool.slug}>
            {index > 0 && ' · '}
            <Link to={href('/tools/:slug/alternatives', { slug: tool.slug })}>All alternatives to {tool.name}</Link>
          </span>
        ))}
      </p>
    </section>
  );
}
