import { useSuspenseInfiniteQuery } from '@tanstack/react-query';
import { useRef, useState } from 'react';
import { href, Link } from 'react-router';
import { useApi } from '../../lib/api.js';
import { reportQueueQuery } from './moderation-queries.js';
import { QueueEntry } from './queue-entry.js';
import './moderation-log.css';
import './moderation-queue.css';
import { LoadMore } from '../../components/load-more.js';

/** The moderators' queue: what members reported, the longest waiting first, each with its reports and actions. */
export function ModerationQueue() {
  const query = useSuspenseInfiniteQuery(reportQueueQuery(useApi()));
  const statusRef = useRef<HTMLParagraphElement>(null);
  const [done, setDone] = useState<string | null>(null);
  const entries = query.data.pages.flatMap((page) => page.items);
  const count = entries.length === 0 ? '' : `${entries.length} ${entries.length === 1 ? 'subject' : 'subjects'} to review${query.hasNextPage ? ' so far' : ''}, the longest waiting first.`;


  return (
    <div className="moderation-page">
      <header className="moderation-header">
        <h1>Moderation queue</h1>
        <p className="moderation-header__intro">
          What members reported, the longest waiting first. Hide or restore a pro or con, a decision or a stack, suspend a person, or dismiss the reports;
          each action closes the reports and is written, with your note, in the <Link to={href('/moderation/log')}>public moderation log</Link>.
        </p>
      </header>
      <section aria-labelledby="queue-title">
        <div className="moderation-log__head">
          <h2 id="queue-title">Waiting for a moderator</h2>
          {/* Focus comes here after an action, as the entry it was in leaves the page. */}
          <p ref={statusRef} className="moderation-log__status" role="status" tabIndex={-1}>
            {[done, count].filter(Boolean).join(' ')}
          </p>
        </div>
        {entries.length === 0 ? (
          <div className="empty-state">
            <p>
              <strong>Nothing to review.</strong> When members report something, it waits here until a moderator decides.
            </p>
            <p>
              <Link to={href('/moderation/log')}>Read the moderation log</Link> for what was decided so far.
            </p>
          </div>
        ) : (
          <ol className="moderation-queue" aria-labelledby="queue-title">
            {entries.map((item) => (
              <li key={`${item.subjectType}:${item.subjectId}`}>
                <QueueEntry
                  item={item}
                  onDone={(message) => {
                    setDone(message);
                    statusRef.current?.focus();
                  }}
                />
              </li>
            ))}
          </ol>
        )}
        <LoadMore query={query} what="more of the queue" focusAfterLast={statusRef} />
      </section>
    </div>
  );
}
