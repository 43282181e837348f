import { Form, href, Link, useLocation } from 'react-router';
import { PageHead } from '../../components/page-head.js';
import { MAX_SEARCH_LENGTH } from '../search/search-params.js';
import { searchTermFromPath } from './not-found-search.js';
import './error-pages.css';

/** The 404 page: what happened, a search already holding the name the address seemed to want, and ways on. */
export function NotFoundPage() {
  const { pathname } = useLocation();
  const guess = searchTermFromPath(pathname);
  return (
    <section className="error-page" aria-labelledby="error-title">
      <PageHead title="Page not found · Stackyard" description="This page does not exist on Stackyard." />
      <p className="error-page__status">Error 404</p>
      <h1 id="error-title">This page does not exist</h1>
      <p>The address may be mistyped, or what it named was renamed or removed.</p>
      <Form method="get" action="/search" role="search" aria-label="Search Stackyard" className="error-page__search">
        <label htmlFor="not-found-q">Search for what you were after</label>
        <div className="error-page__search-row">
          <input id="not-found-q" name="q" type="search" defaultValue={guess} maxLength={MAX_SEARCH_LENGTH} autoComplete="off" spellCheck={false} placeholder="A tool, a stack, a person" />
          <button type="submit" className="button">
            Search
          </button>
        </div>
      </Form>
      <nav aria-label="Elsewhere on Stackyard">
        <ul className="error-page__links">
          <li>
            <Link to="/">Home</Link>
          </li>
          <li>
            <Link to={href('/tools')}>All tools</Link>
          </li>
          <li>
            <Link to={href('/categories')}>Categories</Link>
          </li>
        </ul>
      </nav>
    </section>
  );
}

/** Any other failure: its status, an apology, and the request id to quote when reporting it. */
export function ErrorPage({ status, requestId, error }: { status: number; requestId?: string; error: unknown }) {
  const busy = status === 429 || status === 503;
  const message = busy ? describeBusy(error) : 'Something went wrong on our side while making this page.';
  return (
    <section className="error-page" aria-labelledby="error-title">
      <PageHead title={`Error ${status} · Stackyard`} description="Something went wrong." />
      <p className="error-page__status">Error {status}</p>
      <h1 id="error-title">{busy ? 'Too busy right now' : 'This page could not be shown'}</h1>
      <p>{message}</p>
      <p className="error-page__actions">
        {/* A full reload: whatever failed gets a fresh start. */}
        <a className="button" href="">
          Try again
        </a>
        <Link className="button button--quiet" to="/">
          Go home
        </Link>
      </p>
      {requestId && (
        <p className="muted">
          If it keeps happening, tell us the request id <code>{requestId}</code>.
        </p>
      )}
    </section>
  );
}

function describeBusy(error: unknown): string {
  const data = (error as { data?: { message?: unknown } } | null)?.data;
  return typeof data?.message === 'string' ? data.message : 'Please try again in a moment.';
}
