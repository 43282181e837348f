import { useSuspenseInfiniteQuery, useSuspenseQuery } from '@tanstack/react-query';
import { useRef } from 'react';
import { href, Link } from 'react-router';
import { PageSection } from '../../components/page-section.js';
import { useApi } from '../../lib/api.js';
import { formatExactCount } from '../tools/tool-format.js';
import { ToolCount } from './category-card.js';
import { categoriesQuery } from '../tools/tool-queries.js';
import { functionToolsQuery } from './category-queries.js';
import { RankedToolList } from './ranked-tool-list.js';
import { findFunction, rankedStatus, siblingFunctions, taxonomyTrail } from './taxonomy.js';
import { TaxonomyBreadcrumb } from './taxonomy-breadcrumb.js';
import './categories.css';
import { LoadMore } from '../../components/load-more.js';

/** A function: its tools ranked by how many stacks use them, a page at a time, and its neighbours. */
export function FunctionPage({ functionSlug }: { functionSlug: string }) {
  const api = useApi();
  const { data: layers } = useSuspenseQuery(categoriesQuery(api));
  // The loader found it before the page rendered; the tree is the same cached answer.
  const place = findFunction(layers, functionSlug)!;
  const { fn, category } = place;
  const siblings = siblingFunctions(place);
  return (
    <div className="taxonomy-page">
      <TaxonomyBreadcrumb trail={taxonomyTrail(place)} />
      <header className="taxonomy-header">
        <h1>{fn.name}</h1>
        <p className="taxonomy-header__summary">
          {formatExactCount(fn.toolCount)} {fn.toolCount === 1 ? 'tool' : 'tools'} in{' '}
          <Link to={href('/categories/:layer/:category', { layer: place.layer.slug, category: category.slug })}>{category.name}</Link>, ranked by how many
          stacks use them.
        </p>
      </header>
      <FunctionTools functionSlug={fn.slug} name={fn.name} total={fn.toolCount} />
      {siblings.length > 0 && (
        <PageSection id="siblings-title" title={`More in ${category.name}`}>
          <ul className="taxonomy-links" aria-label={`Other functions in ${category.name}`}>
            {siblings.map((sibling) => (
              <li key={sibling.slug}>
                <Link to={href('/functions/:slug', { slug: sibling.slug })}>{sibling.name}</Link>
                <ToolCount count={sibling.toolCount} />
              </li>
            ))}
          </ul>
        </PageSection>
      )}
    </div>
  );
}

function FunctionTools({ functionSlug, name, total }: { functionSlug: string; name: string; total: number }) {
  const query = useSuspenseInfiniteQuery(functionToolsQuery(useApi(), functionSlug));
  const statusRef = useRef<HTMLParagraphElement>(null);
  const tools = query.data.pages.flatMap((page) => page.items);
  const [first, second] = tools;


  return (
    <PageSection
      id="ranked-title"
      title="Ranked by use"
      action={
        first && second ? (
          <Link className="button button--quiet" to={href('/compare/:slugs', { slugs: `${first.slug}-vs-${second.slug}` })}>
            Compare {first.name} and {second.name}
          </Link>
        ) : undefined
      }
    >
      <p ref={statusRef} className="taxonomy-status" role="status" tabIndex={-1}>
        {rankedStatus(tools.length, total, query.hasNextPage)}
      </p>
      {tools.length === 0 ? (
        <p className="empty-state">
          No tool has this function yet. <Link to={href('/tools')}>Browse the catalogue</Link> for a near neighbour.
        </p>
      ) : (
        <RankedToolList tools={tools} label={`${name} tools, most used first`} />
      )}
      <LoadMore query={query} what="more tools" focusAfterLast={statusRef} />
    </PageSection>
  );
}
