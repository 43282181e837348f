import { Link } from 'react-router';
import type { Crumb } from './tool-links.js';

/** Where a page sits in the taxonomy; the last crumb is the page itself, when it is given. */
export function ToolBreadcrumb({ crumbs, current }: { crumbs: Crumb[]; current?: string }) {
  return (
    <nav className="breadcrumb" aria-label="Breadcrumb">
      <ol>
        {crumbs.map((crumb) => (
          <li key={crumb.path}>
            <Link to={crumb.path}>{crumb.name}</Link>
          </li>
        ))}
        {current && <li aria-current="page">{current}</li>}
      </ol>
    </nav>
  );
}
