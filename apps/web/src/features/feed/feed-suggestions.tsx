import { useQuery } from '@tanstack/react-query';
import { href, Link } from 'react-router';
import { ErrorAlert } from '../../components/error-alert.js';
import { useApi } from '../../lib/api.js';
import { FollowButton } from '../follows/follow-button.js';
import { ToolLogo } from '../tools/tool-logo.js';
import { UserAvatar } from '../users/user-avatar.js';
import { nameOf } from '../users/user-format.js';
import { feedSuggestionsQuery } from './feed-queries.js';

/**
 * An empty feed's next step: popular tools and people, each with its follow button. A follow invalidates
 * the feed by key (follow-mutations.ts), so the feed fills in place as soon as one is followed.
 */
export function FeedSuggestions({ username }: { username: string }) {
  const suggestions = useQuery(feedSuggestionsQuery(useApi(), username));
  return (
    <section className="feed-empty" aria-labelledby="feed-empty-title">
      <h2 id="feed-empty-title">Your feed is empty</h2>
      <p className="feed-empty__lead">
        Follow tools, stacks and people, and what they do appears here: new stacks, decisions, pros and cons. Start with
        some of the most followed, or <Link to={href('/tools')}>browse the catalogue</Link>.
      </p>
      {suggestions.isPending && (
        <p className="feed-status" role="status" aria-busy="true">
          Finding popular tools and people…
        </p>
      )}
      {suggestions.isError && <ErrorAlert title="Could not load suggestions." error={suggestions.error} onRetry={() => void suggestions.refetch()} />}
      {suggestions.data && (
        <div className="feed-empty__columns">
          <div>
            <h3 id="suggested-tools-title">Popular tools</h3>
            <ul className="feed-suggestions" aria-labelledby="suggested-tools-title">
              {suggestions.data.tools.map((tool) => (
                <li key={tool.slug} className="feed-suggestion">
                  <ToolLogo name={tool.name} logoUrl={tool.logoUrl} />
                  <span className="feed-suggestion__text">
                    <Link to={href('/tools/:slug', { slug: tool.slug })} className="feed-suggestion__name">
                      {tool.name}
                    </Link>
                    <span className="feed-suggestion__detail">{tool.tagline}</span>
                  </span>
                  <FollowButton target={{ kind: 'tool', slug: tool.slug }} name={tool.name} followers={tool.stats.followers} following={tool.following} />
                </li>
              ))}
            </ul>
          </div>
          <div>
            <h3 id="suggested-people-title">People to follow</h3>
            {suggestions.data.people.length === 0 ? (
              <p className="muted">Nobody else is here yet. Share your stack and others will find you.</p>
            ) : (
              <ul className="feed-suggestions" aria-labelledby="suggested-people-title">
                {suggestions.data.people.map((person) => (
                  <li key={person.username} className="feed-suggestion">
                    <UserAvatar user={person} size="md" />
                    <span className="feed-suggestion__text">
                      <Link to={href('/users/:username', { username: person.username })} className="feed-suggestion__name">
                        {nameOf(person)}
                      </Link>
                      <span className="feed-suggestion__detail">
                        {person.stacks} {person.stacks === 1 ? 'stack' : 'stacks'}
                      </span>
                    </span>
                    <FollowButton
                      target={{ kind: 'user', username: person.username }}
                      name={nameOf(person)}
                      followers={person.followers}
                      following={person.viewerFollowing ?? false}
                    />
                  </li>
                ))}
              </ul>
            )}
          </div>
        </div>
      )}
    </section>
  );
}
