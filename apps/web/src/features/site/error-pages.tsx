import { Link } from 'react-router';
import { PageHead } from '../../components/page-head.js';

/** The 404 page: what happened and where to go instead. */
export function NotFoundPage() {
  return (
    <section className="error-page" aria-labelledby="error-title">
      <PageHead title="Page not found · Stackyard" description="This page does not exist on Stackyard." />
      <p className="error-page__status">404</p>
      <h1 id="error-title">This page does not exist</h1>
      <p>The address may be mistyped, or what it named was renamed or removed.</p>
      <p>
        <Link to="/tools">Browse the tools</Link> or <Link to="/search">search</Link> for what you were after.
      </p>
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
      <p className="error-page__status">{status}</p>
      <h1 id="error-title">{busy ? 'Too busy right now' : 'This page could not be shown'}</h1>
      <p>{message}</p>
      <p>
        <a href="">Try again</a> or go <Link to="/">home</Link>.
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
