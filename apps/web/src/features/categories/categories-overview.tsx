import { useSuspenseQuery } from '@tanstack/react-query';
import { href, Link } from 'react-router';
import { useApi } from '../../lib/api.js';
import { categoriesQuery } from '../tools/tool-queries.js';
import { formatExactCount } from '../tools/tool-format.js';
import { CategoryCard, ToolCount } from './category-card.js';
import { countFunctions } from './taxonomy.js';
import './categories.css';

/** Every layer, its categories and their functions, with how many tools each holds. */
export function CategoriesOverview() {
  const { data: layers } = useSuspenseQuery(categoriesQuery(useApi()));
  const tools = layers.reduce((sum, layer) => sum + layer.toolCount, 0);
  const categories = layers.reduce((sum, layer) => sum + layer.categories.length, 0);
  return (
    <div className="taxonomy-page">
      <header className="taxonomy-header">
        <h1>Categories</h1>
        <p className="taxonomy-header__summary">
          {formatExactCount(tools)} tools in {layers.length} layers, {categories} categories and {countFunctions(layers)} functions. Pick a function to see its tools ranked by
          how many stacks use them.
        </p>
      </header>
      <nav aria-label="Layers">
        <ul className="layer-jump">
          {layers.map((layer) => (
            <li key={layer.slug}>
              <a href={`#layer-${layer.slug}`}>{layer.name}</a>
            </li>
          ))}
        </ul>
      </nav>
      {layers.map((layer) => (
        <section key={layer.slug} className="taxonomy-layer" aria-labelledby={`layer-${layer.slug}`}>
          <h2 id={`layer-${layer.slug}`} className="taxonomy-layer__title">
            <Link to={href('/categories/:layer', { layer: layer.slug })}>{layer.name}</Link>
            <ToolCount count={layer.toolCount} />
          </h2>
          <ul className="category-grid" aria-label={`Categories in ${layer.name}`}>
            {layer.categories.map((category) => (
              <li key={category.slug}>
                <CategoryCard layerSlug={layer.slug} category={category} level={3} />
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}
