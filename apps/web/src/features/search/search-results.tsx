import type { SearchResponse } from '@stackyard/domain';
import { useQueries, useSuspenseQuery } from '@tanstack/react-query';
import { href, Link } from 'react-router';
import { useApi } from '../../lib/api.js';
import { ToolLogo } from '../tools/tool-logo.js';
import { Highlighted } from './highlighted.js';
import { searchQuery, SEARCH_PAGE_LIMIT } from './search-queries.js';
import { describeResultCounts } from './search-summary.js';
import { Avatar } from './suggestion-option.js';
import { compareHref, parseVersus, withVersusTools } from './versus.js';

/** The matches for `q`, grouped by kind (the route's loader has them in the cache). */
export function SearchResults({ q }: { q: string }) {
  const api = useApi();
  const { data } = useSuspenseQuery(searchQuery(api, q, SEARCH_PAGE_LIMIT));
  const names = parseVersus(q) ?? [];
  // "a vs b": the loader prefetched what each name finds first; a failure only means no suggestion.
  const firstHits = useQueries({ queries: names.map((name) => searchQuery(api, name, 1)) }).map((result) => result.data?.tools[0]);
  const results = withVersusTools(data, firstHits);
  const total = results.tools.length + results.stacks.length + results.users.length;
  return (
    <>
      <p className="search-page__summary">{describeResultCounts(results)}</p>
      {names.length > 0 && <CompareSuggestion tools={firstHits} />}
      {total === 0 ? <NoResults q={q} /> : <ResultGroups q={q} results={results} />}
    </>
  );
}

function ResultGroups({ q, results }: { q: string; results: SearchResponse }) {
  return (
    <div className="search-groups">
      {results.tools.length > 0 && (
        <section className="search-group search-group--tools" aria-labelledby="results-tools">
          <h2 id="results-tools">
            Tools <span className="search-group__count">{results.tools.length}</span>
          </h2>
          <ul className="tool-grid search-tools" aria-labelledby="results-tools">
            {results.tools.map((tool) => (
              <li key={tool.slug}>
                <article className="tool-card">
                  <div className="tool-card__header">
                    <ToolLogo name={tool.name} logoUrl={tool.logoUrl} />
                    <div>
                      <h3 className="tool-card__name">
                        <Link className="tool-card__link" to={href('/tools/:slug', { slug: tool.slug })}>
                          <Highlighted text={tool.name} query={q} />
                        </Link>
                      </h3>
                      <p className="tool-card__function">{tool.function.name}</p>
                    </div>
                  </div>
                  <p className="tool-card__tagline">{tool.tagline}</p>
                </article>
              </li>
            ))}
          </ul>
          {results.tools.length >= SEARCH_PAGE_LIMIT && (
            <p className="search-group__more">
              These are the {SEARCH_PAGE_LIMIT} closest. <Link to={`${href('/tools')}?${new URLSearchParams({ q })}`}>See every matching tool in the catalogue</Link>
            </p>
          )}
        </section>
      )}
      {results.stacks.length > 0 && (
        <section className="search-group" aria-labelledby="results-stacks">
          <h2 id="results-stacks">
            Stacks <span className="search-group__count">{results.stacks.length}</span>
          </h2>
          <ul className="search-rows" aria-labelledby="results-stacks">
            {results.stacks.map((stack) => (
              <li key={`${stack.owner}/${stack.slug}`} className="search-row">
                <span className="search-row__icon" aria-hidden="true">
                  <svg width="20" height="20" viewBox="0 0 32 32" fill="currentColor">
                    <rect x="4" y="19" width="24" height="6" rx="2" />
                    <rect x="7" y="12" width="18" height="6" rx="2" opacity="0.75" />
                    <rect x="10" y="5" width="12" height="6" rx="2" opacity="0.5" />
                  </svg>
                </span>
                <span className="search-row__text">
                  <Link className="search-row__title" to={href('/stacks/:owner/:slug', { owner: stack.owner, slug: stack.slug })}>
                    <Highlighted text={stack.name} query={q} />
                  </Link>
                  <span className="search-row__detail">
                    by <Link to={href('/users/:username', { username: stack.owner })}>{stack.owner}</Link>
                  </span>
                </span>
              </li>
            ))}
          </ul>
        </section>
      )}
      {results.users.length > 0 && (
        <section className="search-group" aria-labelledby="results-people">
          <h2 id="results-people">
            People <span className="search-group__count">{results.users.length}</span>
          </h2>
          <ul className="search-rows" aria-labelledby="results-people">
            {results.users.map((user) => (
              <li key={user.username} className="search-row">
                <Avatar name={user.displayName ?? user.username} url={user.avatarUrl} size="large" />
                <span className="search-row__text">
                  <Link className="search-row__title" to={href('/users/:username', { username: user.username })}>
                    <Highlighted text={user.displayName ?? user.username} query={q} />
                  </Link>
                  <span className="search-row__detail">
                    @<Highlighted text={user.username} query={q} />
                  </span>
                </span>
              </li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}

function NoResults({ q }: { q: string }) {
  return (
    <section className="empty-state" aria-labelledby="no-results-title">
      <h2 id="no-results-title">Nothing matches “{q}”</h2>
      <ul className="search-tips">
        <li>Check the spelling, or type fewer letters: names that contain what you type are found, and close spellings from three letters.</li>
        <li>Search for one name at a time: a tool, a stack, or a person’s name or username.</li>
        <li>
          Browse <Link to={href('/categories')}>the categories</Link> or <Link to={href('/tools')}>every tool</Link> instead.
        </li>
      </ul>
    </section>
  );
}

/** For "a vs b": the comparison of the tools the names found, when every name found one. */
function CompareSuggestion({ tools }: { tools: (SearchResponse['tools'][number] | undefined)[] }) {
  const found = tools.filter((tool) => tool !== undefined);
  const to = found.length === tools.length ? compareHref(found.map((tool) => tool.slug)) : null;
  if (!to) return null;
  return (
    <aside className="compare-suggestion" aria-label="Comparison">
      <p>
        <Link to={to} className="compare-suggestion__link">
          Compare {found.map((tool) => tool.name).join(' vs ')} side by side
        </Link>
        <span className="muted"> — stacks, pros and cons, integrations and adoption.</span>
      </p>
    </aside>
  );
}
