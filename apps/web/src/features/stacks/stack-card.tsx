import type { StackSummary } from '@stackyard/domain';
import { oneLine } from '../../components/text-excerpt.js';
import { href, Link } from 'react-router';
import './stack-card.css';

/** A stack in a list: its name (the link), the start of its description, its size and followers. */
export function StackCard({ stack }: { stack: StackSummary }) {
  const titleId = `stack-${stack.owner.username}-${stack.slug}-title`;
  return (
    <article className="stack-card" aria-labelledby={titleId}>
      <h3 id={titleId} className="stack-card__title">
        <Link to={href('/stacks/:owner/:slug', { owner: stack.owner.username, slug: stack.slug })}>{stack.name}</Link>
      </h3>
      {stack.description && <p className="stack-card__description">{oneLine(stack.description, 140)}</p>}
      <p className="stack-card__stats">
        <span>
          {stack.stats.tools} {stack.stats.tools === 1 ? 'tool' : 'tools'}
        </span>
        <span>
          {stack.stats.followers} {stack.stats.followers === 1 ? 'follower' : 'followers'}
        </span>
        {stack.hidden && <span className="stack-card__hidden">Hidden from the public</span>}
      </p>
    </article>
  );
}
