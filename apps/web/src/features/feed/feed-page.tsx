import { FeedList } from './feed-list.js';

/** /feed: what the tools, stacks and people the viewer follows have been doing. */
export function FeedPage({ username }: { username: string }) {
  return (
    <div className="feed-page">
      <header className="feed-page__header">
        <h1>Your feed</h1>
        <p className="muted">What the tools, stacks and people you follow have been doing, newest first.</p>
      </header>
      <FeedList username={username} />
    </div>
  );
}
