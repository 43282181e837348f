import type { ToolSummary } from '@stackyard/domain';
import { isPlainLeftClick } from '../../lib/links.js';
import { ToolLogo } from './tool-logo.js';
import { ToolStats } from './tool-stats.js';

/** The id of a card's link, so closing the detail panel can hand focus back to where the user was. */
export function toolLinkId(slug: string): string {
  return `tool-link-${slug}`;
}

interface ToolCardProps {
  tool: ToolSummary;
  href: string;
  selected: boolean;
  onOpen: (slug: string) => void;
}

export function ToolCard({ tool, href, selected, onOpen }: ToolCardProps) {
  return (
    <article className={selected ? 'tool-card tool-card--selected' : 'tool-card'}>
      <div className="tool-card__header">
        <ToolLogo name={tool.name} logoUrl={tool.logoUrl} />
        <div>
          <h3 className="tool-card__name">
            {/* A real link: it can be opened in a new tab or copied; a plain click opens the panel here. */}
            <a
              id={toolLinkId(tool.slug)}
              className="tool-card__link"
              href={href}
              aria-current={selected ? 'true' : undefined}
              onClick={(event) => {
                if (!isPlainLeftClick(event)) return;
                event.preventDefault();
                onOpen(tool.slug);
              }}
            >
              {tool.name}
            </a>
          </h3>
          <p className="tool-card__function">{tool.function.name}</p>
        </div>
      </div>
      <p className="tool-card__tagline">{tool.tagline}</p>
      <ToolStats stats={tool.stats} />
    </article>
  );
}
