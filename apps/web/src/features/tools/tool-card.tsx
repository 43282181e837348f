import type { ToolSummary } from '@stackyard/domain';
import { href, Link } from 'react-router';
import { ToolLogo } from './tool-logo.js';
import { ToolStats } from './tool-stats.js';

/** A tool in the catalogue: the whole card opens its page. */
export function ToolCard({ tool }: { tool: ToolSummary }) {
  return (
    <article className="tool-card">
      <div className="tool-card__header">
        <ToolLogo name={tool.name} logoUrl={tool.logoUrl} />
        <div>
          <h3 className="tool-card__name">
            {/* The link stretches over the card (CSS), so the card is one target with one accessible name. */}
            <Link className="tool-card__link" to={href('/tools/:slug', { slug: tool.slug })}>
              {tool.name}
            </Link>
          </h3>
          <p className="tool-card__function">{tool.function.name}</p>
        </div>
      </div>
      <p className="tool-card__tagline">{tool.tagline}</p>
      <ToolStats stats={tool.stats} />
    </article>
  );
}
