import type { ToolDetail, ToolSummary } from '@stackyard/domain';
import { useSuspenseInfiniteQuery, useSuspenseQuery } from '@tanstack/react-query';
import { href, Link } from 'react-router';
import { useApi } from '../../lib/api.js';
import { comparePath } from './compare-path.js';
import { ToolBreadcrumb } from './tool-breadcrumb.js';
import { formatCount, formatExactCount, pluralize } from './tool-format.js';
import { categoryCrumbs } from './tool-links.js';
import { ToolLogo } from './tool-logo.js';
import { toolAlternativesQuery, toolQuery } from './tool-queries.js';
import './tool-page.css';
import './alternatives-page.css';
import { LoadMore } from '../../components/load-more.js';

/** Every other tool of a tool's function, most used first, each one click from the comparison. */
export function AlternativesPage({ slug }: { slug: string }) {
  const api = useApi();
  const { data: tool } = useSuspenseQuery(toolQuery(api, slug));
  const query = useSuspenseInfiniteQuery(toolAlternativesQuery(api, slug));
  const alternatives = query.data.pages.flatMap((page) => page.items);
  const toolPath = href('/tools/:slug', { slug });

  return (
    <div className="tool-page">
      <ToolBreadcrumb crumbs={[...categoryCrumbs(tool.path), { name: tool.name, path: toolPath }]} current="Alternatives" />
      <header className="alternatives-head">
        <ToolLogo name={tool.name} logoUrl={tool.logoUrl} />
        <div>
          <h1 className="alternatives-head__title">Alternatives to {tool.name}</h1>
          <p className="alternatives-head__lead">
            The other {tool.path.function.name} tools, most used first. <Link to={toolPath}>Back to {tool.name}</Link>
          </p>
        </div>
      </header>

      {alternatives.length === 0 ? (
        <p className="empty-state">
          {tool.name} is the only {tool.path.function.name} tool in the catalogue so far.{' '}
          <Link to={href('/functions/:slug', { slug: tool.path.function.slug })}>See the function</Link> or{' '}
          <Link to={href('/tools')}>browse every tool</Link>.
        </p>
      ) : (
        <ol className="alternatives-list" aria-label={`Alternatives to ${tool.name}`}>
          {alternatives.map((other, index) => (
            <li key={other.slug}>
              <AlternativeRow rank={index + 1} tool={tool} other={other} />
            </li>
          ))}
        </ol>
      )}

      <LoadMore query={query} what="more alternatives" className="tool-section__more" />
    </div>
  );
}

function AlternativeRow({ rank, tool, other }: { rank: number; tool: ToolDetail; other: ToolSummary }) {
  const { stats } = other;
  return (
    <article className="alternative">
      <span className="alternative__rank" aria-hidden="true">
        {rank}
      </span>
      <div className="alternative__identity">
        <ToolLogo name={other.name} logoUrl={other.logoUrl} />
        <div className="alternative__text">
          <h2 className="alternative__name">
            <Link to={href('/tools/:slug', { slug: other.slug })}>{other.name}</Link>
          </h2>
          <p className="alternative__tagline">{other.tagline}</p>
        </div>
      </div>
      <dl className="alternative__stats">
        <Stat label={pluralize(stats.stacks, 'Stack')} value={stats.stacks} />
        <Stat label={pluralize(stats.followers, 'Follower')} value={stats.followers} />
        <Stat label={pluralize(stats.votes, 'Vote')} value={stats.votes} />
        <Stat label="GitHub stars" value={stats.githubStars} />
      </dl>
      <Link className="button button--quiet alternative__compare" to={comparePath([tool.slug, other.slug])}>
        {/* One span: the button is a flex box, which would drop the spaces between separate pieces. */}
        <span>
          Compare <span className="visually-hidden">{other.name} </span>
          with {tool.name}
        </span>
      </Link>
    </article>
  );
}

function Stat({ label, value }: { label: string; value: number | null }) {
  return (
    <div className="alternative__stat">
      <dt>{label}</dt>
      {value === null ? <dd className="alternative__unknown">not synced yet</dd> : <dd title={formatExactCount(value)}>{formatCount(value)}</dd>}
    </div>
  );
}
