import { lazy, Suspense, type ReactNode } from 'react';
import { href, Link, NavLink } from 'react-router';
import { AccountMenu } from './account-menu.js';
import './site-layout.css';
// The styles of parts that load after the first download come with the page, so nothing moves when they arrive.
import '../../components/combobox.css';
import '../search/search-box.css';
import './error-pages.css';
import '../users/user-avatar.css';

// The header's search is in the server's HTML on every page; its suggestions' code is its own chunk, which
// hydrates the box when it arrives, so no page's first download carries it.
const SearchBox = lazy(() => import('../search/search-box.js').then((module) => ({ default: module.SearchBox })));

/** Until the suggestions' code is here (in the browser only): the same search as a plain form. */
function PlainSearch() {
  return (
    <form method="get" action="/search" role="search" aria-label="Site" className="search-box">
      <label htmlFor="site-search" className="visually-hidden">
        Search tools, stacks and people
      </label>
      <input id="site-search" name="q" type="search" placeholder="Search Stackyard" autoComplete="off" />
    </form>
  );
}

/** Header (brand, sections, global search, sign-in), the page, and a footer: the frame of every page. */
export function SiteLayout({ children }: { children: ReactNode }) {
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
            <Suspense fallback={<PlainSearch />}>
              <SearchBox />
            </Suspense>
          </div>
          <AccountMenu />
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
            <a href="/api/v1/dumps/latest" title="The public dataset as JSON Lines, under CC BY 4.0">
              Open data
            </a>
            <a href="/sitemap.xml">Sitemap</a>
          </nav>
        </div>
      </footer>
    </>
  );
}
