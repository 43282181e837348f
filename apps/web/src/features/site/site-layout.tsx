import type { ReactNode } from 'react';
import { href, Link, NavLink, useLocation } from 'react-router';
import { SearchBox } from '../search/search-box.js';
import './site-layout.css';

/** Header (brand, sections, global search, sign-in), the page, and a footer: the frame of every page. */
export function SiteLayout({ children }: { children: ReactNode }) {
  const location = useLocation();
  const next = `${location.pathname}${location.search}`;
  return (
    <>
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <header className="site-header">
        <div className="container site-header__row">
          <Link to="/" className="site-header__brand">
            <svg aria-hidden="true" width="28" height="28" viewBox="0 0 32 32" className="site-header__mark">
              <rect x="4" y="19" width="24" height="6" rx="2" />
              <rect x="7" y="12" width="18" height="6" rx="2" opacity="0.75" />
              <rect x="10" y="5" width="12" height="6" rx="2" opacity="0.5" />
            </svg>
            Stackyard
          </Link>
          <nav aria-label="Sections" className="site-header__nav">
            <NavLink to={href('/tools')}>Tools</NavLink>
            <NavLink to={href('/categories')}>Categories</NavLink>
          </nav>
          <div className="site-header__search">
            <SearchBox />
          </div>
          <Link className="button site-header__sign-in" to={`${href('/login')}?next=${encodeURIComponent(next)}`}>
            Sign in
          </Link>
        </div>
      </header>
      {/* tabIndex lets the skip link move focus here, not just scroll. */}
      <main id="main" className="container site-main" tabIndex={-1}>
        {children}
      </main>
      <footer className="site-footer">
        <div className="container site-footer__row">
          <p>Stackyard is an open community for sharing the stacks teams run and comparing the tools in them.</p>
          <nav aria-label="Site" className="site-footer__nav">
            <Link to={href('/moderation/log')}>Moderation log</Link>
            <a href="/api/v1/openapi.json">API</a>
            <a href="/sitemap.xml">Sitemap</a>
          </nav>
        </div>
      </footer>
    </>
  );
}
