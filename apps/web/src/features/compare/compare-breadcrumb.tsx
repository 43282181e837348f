import type { ToolProfile } from '@stackyard/domain';
import { href, Link } from 'react-router';
import { versusName } from './compare-meta.js';
import { sharedCrumbs } from './compare-path.js';

/** Categories › the taxonomy the tools share › this comparison: where the page sits in the catalogue. */
export function CompareBreadcrumb({ tools }: { tools: ToolProfile[] }) {
  const crumbs = sharedCrumbs(tools.map((tool) => tool.path));
  return (
    <nav className="breadcrumb compare-breadcrumb" aria-label="Breadcrumb">
      <ol>
        <li>
          <Link to={href('/categories')}>Categories</Link>
        </li>
        {crumbs.map((crumb) => (
          <li key={crumb.path}>
            <Link to={crumb.path}>{crumb.name}</Link>
          </li>
        ))}
        <li aria-current="page">{versusName(tools.map((tool) => tool.name))}</li>
      </ol>
    </nav>
  );
}
