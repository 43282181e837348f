import { useSuspenseQuery } from '@tanstack/react-query';
import { useApi } from '../../lib/api.js';
import { categoriesQuery } from '../tools/tool-queries.js';
import { formatExactCount } from '../tools/tool-format.js';
import { CategoryCard } from './category-card.js';
import { findLayer, taxonomyTrail } from './taxonomy.js';
import { TaxonomyBreadcrumb } from './taxonomy-breadcrumb.js';
import { TopTools } from './top-tools.js';
import './categories.css';

/** A layer: its categories with their functions, and its most used tools. */
export function LayerPage({ layerSlug }: { layerSlug: string }) {
  const { data: layers } = useSuspenseQuery(categoriesQuery(useApi()));
  // The loader found it before the page rendered; the tree is the same cached answer.
  const layer = findLayer(layers, layerSlug)!;
  return (
    <div className="taxonomy-page">
      <TaxonomyBreadcrumb trail={taxonomyTrail({ layer })} />
      <header className="taxonomy-header">
        <h1>{layer.name}</h1>
        <p className="taxonomy-header__summary">
          {formatExactCount(layer.toolCount)} tools in {layer.categories.length} {layer.categories.length === 1 ? 'category' : 'categories'}.
        </p>
      </header>
      <ul className="category-grid" aria-label={`Categories in ${layer.name}`}>
        {layer.categories.map((category) => (
          <li key={category.slug}>
            <CategoryCard layerSlug={layer.slug} category={category} level={2} />
          </li>
        ))}
      </ul>
      <TopTools scope={{ layer: layer.slug }} name={layer.name} />
    </div>
  );
}
