import type { FeedItem } from '@stackyard/domain';
import { href, Link } from 'react-router';
import { FeedItemView } from '../feed/feed-item.js';

/**
 * A signed-in visitor's home: the newest of their feed, in place of the hero that explains the site to
 * newcomers, with the way to the whole feed and to what they would come to do (signing out here reloads the
 * page's data, which then says nobody is signed in). The items come from latestFeedQuery (home-queries.ts), read by the route.
 */
export function HomeFeed({ items, name }: { items: FeedItem[]; name: string }) {
  return (
    <section className="home-hero home-feed-hero" aria-labelledby="home-title">
      <h1 id="home-title" className="home-hero__title">
        Welcome back, {name}
      </h1>
      <div className="home-feed-hero__head">
        <h2 id="home-feed-title">Latest in your feed</h2>
        {items.length > 0 && <Link to={href('/feed')}>See your whole feed</Link>}
      </div>
      {items.length === 0 ? (
        <p className="home-feed-hero__empty">
          Nothing from what you follow yet. <Link to={href('/feed')}>Find tools and people to follow</Link> and their news will
          appear here.
        </p>
      ) : (
        <ol className="feed-list" aria-labelledby="home-feed-title">
          {items.map((item) => (
            <li key={item.id}>
              <FeedItemView item={item} />
            </li>
          ))}
        </ol>
      )}
      <ul className="home-actions" aria-label="What to do next">
        <li>
          <Link to={href('/stacks/new')} className="button button--primary">
            Share a stack
          </Link>
        </li>
        <li>
          <Link to={href('/decisions/new')} className="button button--quiet">
            Write a decision
          </Link>
        </li>
        <li>
          <Link to={href('/tools')} className="button button--quiet">
            Browse tools
          </Link>
        </li>
      </ul>
    </section>
  );
}
