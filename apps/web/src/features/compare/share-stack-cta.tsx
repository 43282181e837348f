import type { ToolProfile } from '@stackyard/domain';
import { href, Link } from 'react-router';
import { joinNames } from './compare-meta.js';

/** Where people share a stack. */
export const SHARE_STACK_PATH = href('/stacks/new');

/** The invitation the page ends on: tell the community what you run, so the next comparison knows more. */
export function ShareStackCallToAction({ tools }: { tools: ToolProfile[] }) {
  return (
    <aside className="compare-cta" aria-labelledby="share-stack-title">
      <div>
        <h2 id="share-stack-title">Share your stack</h2>
        <p>
          Do you run {joinNames(tools.map((tool) => tool.name))}, or moved from one to another? Share the tools your team uses: it helps
          others choose, and your stack shows up on pages like this one.
        </p>
      </div>
      <Link className="button button--primary compare-cta__button" to={SHARE_STACK_PATH}>
        Share your stack
      </Link>
    </aside>
  );
}
