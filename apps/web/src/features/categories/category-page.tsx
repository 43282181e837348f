import { useSuspenseQuery } from '@tanstack/react-query';
import { href, Link } from 'react-router';
import { PageSection } from '../../components/page-section.js';
import { useApi } from '../../lib/api.js';
import { categoriesQuery } from '../tools/tool-queries.js';
import { formatExactCount } from '../tools/tool-format.js';
import { ToolCount } from './category-card.js';
import { findCategory, taxonomyTrail } from './taxonomy.js';
import { TaxonomyBreadcrumb } from './taxonomy-breadcrumb.js';
import { TopTools } from './top-tools.js';
import './categories.css';

/** A category: its functions (each the way to its ranked tools), its most used tools, and its neighbours. */
export function CategoryPage({ layerSlug, categorySlug }: { layerSlug: string; categorySlug: string }) {
  const { data: layers } = useSuspenseQuery(categoriesQuery(useApi()));
  // The loader found it before the page rendered; the tree is the same cached answer.
  const { layer, category } = findCategory(layers, layerSlug, categorySlug)!;
  const neighbours = layer.categories.filter((other) => other.slug !== category.slug);
  return (
    <div className="taxonomy-page">
      <TaxonomyBreadcrumb trail={taxonomyTrail({ layer, category })} />
      <header className="taxonomy-header">
        <h1>{category.name}</h1>
        <p className="taxonomy-header__summary">
          {formatExactCount(category.toolCount)} tools in {category.functions.length} {category.functions.length === 1 ? 'function' : 'functions'}, part of{' '}
          <Link to={href('/categories/:layer', { layer: layer.slug })}>{layer.name}</Link>.
        </p>
      </header>
      <PageSection id="functions-title" title="Functions" count={category.functions.length}>
        <ul className="function-grid" aria-label={`Functions in ${category.name}`}>
          {category.functions.map((fn) => (
            <li key={fn.slug}>
              <Link className="function-tile" to={href('/functions/:slug', { slug: fn.slug })}>
                <span className="function-tile__name">{fn.name}</span>
                <ToolCount count={fn.toolCount} />
              </Link>
            </li>
          ))}
        </ul>
      </PageSection>
      <TopTools scope={{ category: category.slug }} name={category.name} />
      {neighbours.length > 0 && (
        <PageSection id="neighbours-title" title={`More in ${layer.name}`}>
          <ul className="taxonomy-links" aria-label={`Other categories in ${layer.name}`}>
            {neighbours.map((other) => (
              <li key={other.slug}>
                <Link to={href('/categories/:layer/:category', { layer: layer.slug, category: other.slug })}>{other.name}</Link>
                <ToolCount count={other.toolCount} />
              </li>
            ))}
          </ul>
        </PageSection>
      )}
    </div>
  );
}
