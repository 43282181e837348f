import type { LayerNode } from '@stackyard/domain';
import { href, Link } from 'react-router';
import { formatExactCount } from '../tools/tool-format.js';

type CategoryNode = LayerNode['categories'][number];

/** "12 tools", for a count beside a link. */
export function ToolCount({ count }: { count: number }) {
  return (
    <span className="taxonomy-count">
      {formatExactCount(count)} <span className="taxonomy-count__unit">{count === 1 ? 'tool' : 'tools'}</span>
    </span>
  );
}

/** A category with its functions, each a link with how many tools it holds. */
export function CategoryCard({ layerSlug, category, level }: { layerSlug: string; category: CategoryNode; level: 2 | 3 }) {
  const Heading = level === 2 ? 'h2' : 'h3';
  const id = `category-${category.slug}`;
  return (
    <section className="category-card" aria-labelledby={id}>
      <Heading id={id} className="category-card__title">
        <Link to={href('/categories/:layer/:category', { layer: layerSlug, category: category.slug })}>{category.name}</Link>
        <ToolCount count={category.toolCount} />
      </Heading>
      <FunctionLinks functions={category.functions} label={`Functions in ${category.name}`} />
    </section>
  );
}

/** Functions as links with their counts, in the taxonomy's order. */
export function FunctionLinks({ functions, label }: { functions: CategoryNode['functions']; label: string }) {
  return (
    <ul className="function-links" aria-label={label}>
      {functions.map((fn) => (
        <li key={fn.slug}>
          <Link to={href('/functions/:slug', { slug: fn.slug })}>{fn.name}</Link>
          <ToolCount count={fn.toolCount} />
        </li>
      ))}
    </ul>
  );
}
