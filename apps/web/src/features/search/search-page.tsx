import { Form, href, Link } from 'react-router';
import { MAX_SEARCH_LENGTH, searchPageHref } from './search-params.js';
import { SearchResults } from './search-results.js';
import './search-page.css';

/** Searches worth showing someone who has not typed anything yet, one of them a comparison. */
const EXAMPLE_SEARCHES = ['postgres', 'react', 'kafka', 'gunicorn vs passenger'];

/** /search: a form (which works without JavaScript), then the results for `q` or a start for those without one. */
export function SearchPage({ q }: { q: string | null }) {
  return (
    <div className="search-page">
      <h1 className="search-page__title">{q ? <>Results for “{q}”</> : 'Search Stackyard'}</h1>
      <Form method="get" action="/search" role="search" aria-label="Search Stackyard" className="search-page__form">
        <label htmlFor="search-page-q">Search for</label>
        <div className="search-page__row">
          {/* Keyed by the term, so a new search (from the header, say) shows its own text here. */}
          <input key={q ?? ''} id="search-page-q" name="q" type="search" defaultValue={q ?? ''} maxLength={MAX_SEARCH_LENGTH} autoComplete="off" spellCheck={false} placeholder="A tool, a stack, a person" />
          <button type="submit" className="button">
            Search
          </button>
        </div>
      </Form>
      {q ? <SearchResults q={q} /> : <SearchStart />}
    </div>
  );
}

function SearchStart() {
  return (
    <section className="empty-state search-start" aria-labelledby="search-start-title">
      <h2 id="search-start-title">Find tools, stacks and people</h2>
      <p>Type part of a name: a tool (“redis”), a stack (“acme”), or a person’s name or username. Put “vs” between two tools to compare them.</p>
      <p className="search-start__label" id="search-examples-title">
        Try one of these:
      </p>
      <ul className="search-chips" aria-labelledby="search-examples-title">
        {EXAMPLE_SEARCHES.map((example) => (
          <li key={example}>
            <Link to={searchPageHref(example)}>{example}</Link>
          </li>
        ))}
      </ul>
      <p>
        Or browse <Link to={href('/tools')}>every tool</Link> and <Link to={href('/categories')}>the categories</Link>.
      </p>
    </section>
  );
}
