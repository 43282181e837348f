import type { Comparison } from '@stackyard/domain';
import { Link } from 'react-router';
import { ToolLogo } from '../tools/tool-logo.js';
import { formatExactCount, pluralize } from '../tools/tool-format.js';
import { versusName } from './compare-meta.js';
import { comparePath } from './compare-slugs.js';
import { ToolChips } from './tool-chips.js';

/** Comparisons people opened with one of these tools, and what stacks run alongside them. */
export function CompareRelated({ comparison }: { comparison: Comparison }) {
  const { comparisons, usedTogether } = comparison.related;
  const nameOf = (slug: string) => comparison.tools.find((tool) => tool.slug === slug)?.name ?? slug;
  return (
    <section id="related" className="compare-section" aria-labelledby="related-title">
      <h2 id="related-title">Related comparisons</h2>
      {comparisons.length === 0 ? (
        <p className="compare-empty">
          No other comparison with these tools has been opened yet.
          {comparison.tools.length === 2 && ' Add a third tool above to start one.'}
        </p>
      ) : (
        <ul className="compare-related" aria-labelledby="related-title">
          {comparisons.map((related) => (
            <li key={related.tools.map((tool) => tool.slug).join()}>
              <Link className="compare-related__link" to={comparePath(related.tools.map((tool) => tool.slug))}>
                <span className="compare-related__logos" aria-hidden="true">
                  {related.tools.map((tool) => (
                    <ToolLogo key={tool.slug} name={tool.name} logoUrl={tool.logoUrl} />
                  ))}
                </span>
                <span className="compare-related__name">{versusName(related.tools.map((tool) => tool.name))}</span>
                <span className="compare-related__views">
                  {formatExactCount(related.views)} {pluralize(related.views, 'view')}
                </span>
              </Link>
            </li>
          ))}
        </ul>
      )}
      <h3 id="used-together-title">Often used together</h3>
      {usedTogether.length === 0 ? (
        <p className="compare-empty">No stack pairs these tools with others yet.</p>
      ) : (
        <ToolChips
          labelledBy="used-together-title"
          tools={usedTogether.map((tool) => ({ ...tool, note: `${formatExactCount(tool.stacks)} ${pluralize(tool.stacks, 'stack')} with ${nameOf(tool.pairedWith)}` }))}
        />
      )}
    </section>
  );
}
