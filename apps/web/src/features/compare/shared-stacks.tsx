import type { Comparison } from '@stackyard/domain';
import { href, Link } from 'react-router';
import { formatExactCount, pluralize } from '../tools/tool-format.js';
import { SHARE_STACK_PATH } from './share-stack-cta.js';

/** Stacks that run every compared tool together: how many, and the most followed few. */
export function SharedStacks({ comparison }: { comparison: Comparison }) {
  const { count, items } = comparison.sharedStacks;
  const every = comparison.tools.length === 2 ? 'both' : 'all three';
  return (
    <section id="stacks" className="compare-section" aria-labelledby="stacks-title">
      <h2 id="stacks-title">Stacks that use {every}</h2>
      {count === 0 ? (
        <p className="compare-empty">
          No stack uses {every} yet. Run them together? <Link to={SHARE_STACK_PATH}>Share your stack</Link>.
        </p>
      ) : (
        <>
          <p className="compare-section__lead">
            {formatExactCount(count)} {pluralize(count, 'stack uses', 'stacks use')} {every}
            {items.length < count ? `; the ${items.length} most followed:` : '.'}
          </p>
          <ul className="compare-stacks" aria-labelledby="stacks-title">
            {items.map((stack) => (
              <li key={`${stack.owner.username}/${stack.slug}`} className="compare-stack">
                <Link className="compare-stack__name" to={href('/stacks/:owner/:slug', { owner: stack.owner.username, slug: stack.slug })}>
                  {stack.name}
                </Link>
                <span className="compare-stack__owner">by {stack.owner.displayName ?? stack.owner.username}</span>
                {stack.description && <p className="compare-stack__description">{stack.description}</p>}
                <p className="compare-stack__stats">
                  {formatExactCount(stack.stats.tools)} {pluralize(stack.stats.tools, 'tool')} · {formatExactCount(stack.stats.followers)}{' '}
                  {pluralize(stack.stats.followers, 'follower')}
                </p>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
