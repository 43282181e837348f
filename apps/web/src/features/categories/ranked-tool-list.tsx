import type { ToolSummary } from '@stackyard/domain';
import { href, Link } from 'react-router';
import { ToolLogo } from '../tools/tool-logo.js';
import { ToolStats } from '../tools/tool-stats.js';

interface RankedToolListProps {
  tools: readonly ToolSummary[];
  label: string;
  /** Show each tool's function (lists that span several). */
  showFunction?: boolean;
}

/** Tools in rank order, most used first: an ordered list, so the rank is the list's own numbering. */
export function RankedToolList({ tools, label, showFunction = false }: RankedToolListProps) {
  return (
    <ol className="ranked-tools" aria-label={label}>
      {tools.map((tool, index) => (
        <li key={tool.slug} className="ranked-tool">
          <span className="ranked-tool__rank" aria-hidden="true">
            {index + 1}
          </span>
          <ToolLogo name={tool.name} logoUrl={tool.logoUrl} />
          <div className="ranked-tool__text">
            <p className="ranked-tool__name">
              <Link to={href('/tools/:slug', { slug: tool.slug })}>{tool.name}</Link>
              {showFunction && (
                <Link className="ranked-tool__function" to={href('/functions/:slug', { slug: tool.function.slug })}>
                  {tool.function.name}
                </Link>
              )}
            </p>
            <p className="ranked-tool__tagline">{tool.tagline}</p>
          </div>
          <ToolStats stats={tool.stats} />
        </li>
      ))}
    </ol>
  );
}
