import type { FeedItem, ToolLink } from '@stackyard/domain';
import { href, Link } from 'react-router';
import { DateTime } from '../../components/date-time.js';
import { ToolLogo } from '../tools/tool-logo.js';
import { UserAvatar } from '../users/user-avatar.js';
import { nameOf } from '../users/user-format.js';
import { namedTools, verbPhrase } from './feed-format.js';

/** One thing that happened: who did what, to which stack, decision, pro or con, about which tools, and when. */
export function FeedItemView({ item }: { item: FeedItem }) {
  const { actor } = item;
  return (
    <article className="feed-item">
      <UserAvatar user={actor} size="md" />
      <div className="feed-item__body">
        <p className="feed-item__sentence">
          <Link className="feed-item__actor" to={href('/users/:username', { username: actor.username })}>
            {nameOf(actor)}
          </Link>{' '}
          {verbPhrase(item)} <Subject item={item} />
        </p>
        <Detail item={item} />
        <p className="feed-item__when">
          <DateTime value={item.createdAt} withTime />
        </p>
      </div>
    </article>
  );
}

/** What the sentence is about, linked: the stack, the tools, or both. */
function Subject({ item }: { item: FeedItem }) {
  switch (item.verb) {
    case 'stack.created':
      return item.stack ? <StackLink stack={item.stack} /> : null;
    case 'stack.tools_added':
      return (
        <>
          <ToolNames tools={item.tools} />
          {item.stack && (
            <>
              {' '}
              to <StackLink stack={item.stack} />
            </>
          )}
        </>
      );
    case 'decision.posted':
      return (
        <>
          <ToolNames tools={item.tools} />
          {item.stack && (
            <>
              {' '}
              for <StackLink stack={item.stack} />
            </>
          )}
        </>
      );
    case 'reason.added':
    case 'tool.followed':
      return <ToolNames tools={item.tools} />;
  }
}

/** Beneath the sentence: the decision's opening words (its link), the pro or con itself, a new stack's tools. */
function Detail({ item }: { item: FeedItem }) {
  if (item.verb === 'decision.posted' && item.decision) {
    return (
      <p className="feed-item__quote">
        <Link to={href('/decisions/:id', { id: String(item.decision.id) })}>{item.decision.excerpt}</Link>
      </p>
    );
  }
  if (item.verb === 'reason.added' && item.reason) {
    return (
      <p className="feed-item__quote">
        <span className={`feed-item__kind feed-item__kind--${item.reason.kind}`}>{item.reason.kind === 'pro' ? 'Pro' : 'Con'}</span> “{item.reason.text}”
      </p>
    );
  }
  if (item.verb === 'stack.created' && item.tools.length > 0) {
    return (
      <ul className="feed-item__tools" aria-label={`Tools in ${item.stack?.name ?? 'the stack'}`}>
        {item.tools.slice(0, 8).map((tool) => (
          <li key={tool.slug}>
            <Link className="feed-item__tool" to={href('/tools/:slug', { slug: tool.slug })}>
              <ToolLogo name={tool.name} logoUrl={tool.logoUrl} />
              {tool.name}
            </Link>
          </li>
        ))}
        {item.tools.length > 8 && <li className="muted">and {item.tools.length - 8} more</li>}
      </ul>
    );
  }
  return null;
}

function StackLink({ stack }: { stack: NonNullable<FeedItem['stack']> }) {
  return <Link to={href('/stacks/:owner/:slug', { owner: stack.owner, slug: stack.slug })}>{stack.name}</Link>;
}

function ToolNames({ tools }: { tools: readonly ToolLink[] }) {
  const { named, more } = namedTools(tools);
  return (
    <>
      {named.map((tool, index) => (
        <span key={tool.slug}>
          {index > 0 && (index === named.length - 1 && more === 0 ? ' and ' : ', ')}
          <Link to={href('/tools/:slug', { slug: tool.slug })}>{tool.name}</Link>
        </span>
      ))}
      {more > 0 && ` and ${more} more`}
    </>
  );
}
