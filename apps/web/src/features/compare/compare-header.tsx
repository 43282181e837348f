import type { Comparison, ToolProfile } from '@stackyard/domain';
import { MAX_COMPARED_TOOLS } from '@stackyard/domain/compare-limits';
import { useEffect, useRef } from 'react';
import { href, Link } from 'react-router';
import { FollowButton } from '../follows/follow-button.js';
import { ToolLogo } from '../tools/tool-logo.js';
import { versusName } from './compare-meta.js';
import { categoryCrumbs } from './compare-path.js';
import { comparePath, withoutTool } from './compare-slugs.js';
import { useToolViewer } from './compare-viewer.js';
import { ToolPickerSlot } from './tool-picker-slot.js';

interface CompareHeaderProps {
  comparison: Comparison;
  loading: boolean;
}

/** The page's title and one card per tool (logo, name, tagline, category path, follow), then the picker. */
export function CompareHeader({ comparison, loading }: CompareHeaderProps) {
  const { tools } = comparison;
  const slugs = tools.map((tool) => tool.slug);
  const titleRef = useRef<HTMLHeadingElement>(null);
  const shown = slugs.join();
  const shownBefore = useRef(shown);
  // When the page moves to another comparison (the picker, a Remove or a related link), the control that
  // was used is often gone: the focus goes to the new title, which announces what is compared now.
  useEffect(() => {
    if (shownBefore.current === shown) return;
    shownBefore.current = shown;
    titleRef.current?.focus({ preventScroll: true });
  }, [shown]);
  return (
    <header className="compare-header">
      <h1 id="compare-title" ref={titleRef} className="compare-header__title" tabIndex={-1}>
        {versusName(tools.map((tool) => tool.name))}
      </h1>
      <ul className="compare-cards" aria-label="Compared tools">
        {tools.map((tool, index) => (
          <li key={tool.slug} className={`compare-card compare-card--series-${index + 1}`}>
            <ToolCard tool={tool} removePath={removalPath(slugs, tool.slug)} />
          </li>
        ))}
      </ul>
      {tools.length < MAX_COMPARED_TOOLS && (
        <ToolPickerSlot slugs={slugs} names={tools.map((tool) => tool.name)} alternatives={comparison.alternatives} loading={loading} />
      )}
    </header>
  );
}

function removalPath(slugs: string[], slug: string): string | null {
  const rest = withoutTool(slugs, slug);
  return rest ? comparePath(rest) : null;
}

function ToolCard({ tool, removePath }: { tool: ToolProfile; removePath: string | null }) {
  const following = useToolViewer(tool.slug)?.following ?? null;
  return (
    <>
      <div className="compare-card__identity">
        <ToolLogo name={tool.name} logoUrl={tool.logoUrl} />
        <div>
          <p className="compare-card__name">
            <Link to={href('/tools/:slug', { slug: tool.slug })}>{tool.name}</Link>
          </p>
          <p className="compare-card__tagline">{tool.tagline}</p>
        </div>
      </div>
      <nav className="breadcrumb compare-card__path" aria-label={`Category of ${tool.name}`}>
        <ol>
          {categoryCrumbs(tool.path).map((crumb) => (
            <li key={crumb.path}>
              <Link to={crumb.path}>{crumb.name}</Link>
            </li>
          ))}
        </ol>
      </nav>
      <div className="compare-card__actions">
        <FollowButton target={{ kind: 'tool', slug: tool.slug }} name={tool.name} followers={tool.stats.followers} following={following} />
        {removePath && (
          <Link className="compare-card__remove" to={removePath} preventScrollReset>
            Remove<span className="visually-hidden"> {tool.name} from the comparison</span>
          </Link>
        )}
      </div>
    </>
  );
}
