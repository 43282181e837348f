import { Form, href, Link } from 'react-router';

/** What the site is, a search over all of it, and where to start. */
export function HomeHero() {
  return (
    <section className="home-hero" aria-labelledby="home-title">
      <h1 id="home-title" className="home-hero__title">
        Share the stack you run. Compare the tools in it.
      </h1>
      <p className="home-hero__lead">
        Stackyard is an open community where developers share the stacks their teams run, weigh the pros and cons of
        each tool, and compare tools side by side.
      </p>
      {/* A plain GET form: it searches before any script has loaded. */}
      <Form method="get" action={href('/search')} role="search" aria-label="Search Stackyard" className="home-search">
        <label htmlFor="home-search" className="home-search__label">
          Search tools, stacks and people
        </label>
        <div className="home-search__row">
          <input id="home-search" name="q" type="search" placeholder="e.g. gunicorn, postgres, rails" autoComplete="off" maxLength={100} required />
          <button type="submit" className="button button--primary">
            Search
          </button>
        </div>
      </Form>
      <ul className="home-actions" aria-label="Get started">
        <li>
          <Link to={href('/tools')} className="button button--primary">
            Browse tools
          </Link>
        </li>
        <li>
          <a href="#comparisons-title" className="button button--quiet">
            Compare tools
          </a>
        </li>
        <li>
          <Link to="/stacks/new" className="button button--quiet">
            Share your stack
          </Link>
        </li>
      </ul>
    </section>
  );
}
