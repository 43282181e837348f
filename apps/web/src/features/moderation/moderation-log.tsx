import type { ModerationLogEntry } from '@stackyard/domain';
import { useSuspenseInfiniteQuery } from '@tanstack/react-query';
import { useRef } from 'react';
import { href, Link } from 'react-router';
import { DateTime } from '../../components/date-time.js';
import { useApi } from '../../lib/api.js';
import { ACTION_LABELS, actionVerb, actorOf, subjectLabel, subjectPath } from './moderation-format.js';
import { moderationLogQuery } from './moderation-queries.js';
import './moderation-log.css';
import { LoadMore } from '../../components/load-more.js';

/** The public log: every moderator action and automatic hiding, newest first, a page at a time. */
export function ModerationLog() {
  const query = useSuspenseInfiniteQuery(moderationLogQuery(useApi()));
  const statusRef = useRef<HTMLParagraphElement>(null);
  const entries = query.data.pages.flatMap((page) => page.items);


  return (
    <div className="moderation-page">
      <header className="moderation-header">
        <h1>Moderation log</h1>
        <p className="moderation-header__intro">
          Everything the moderators do is written here: what was hidden or restored, who was suspended, which reports were dismissed, and why. Content
          is also hidden without a moderator once enough established members report it, and stays hidden until a moderator decides.
        </p>
      </header>
      <section aria-labelledby="log-title">
        <div className="moderation-log__head">
          <h2 id="log-title">Latest actions</h2>
          <p ref={statusRef} className="moderation-log__status" role="status" tabIndex={-1}>
            {entries.length === 0 ? '' : `${entries.length} ${entries.length === 1 ? 'entry' : 'entries'}${query.hasNextPage ? ' so far' : ''}, newest first`}
          </p>
        </div>
        {entries.length === 0 ? (
          <p className="empty-state">
            Nothing has been moderated yet. If something breaks the rules, report it from its page; the moderators’ decision will be written here.
          </p>
        ) : (
          <ol className="moderation-log" aria-labelledby="log-title">
            {entries.map((entry) => (
              <li key={entry.id}>
                <LogEntry entry={entry} />
              </li>
            ))}
          </ol>
        )}
        <LoadMore query={query} what="older entries" focusAfterLast={statusRef} />
      </section>
    </div>
  );
}

function LogEntry({ entry }: { entry: ModerationLogEntry }) {
  const actor = actorOf(entry);
  const path = subjectPath(entry);
  return (
    <article className="log-entry" aria-labelledby={`log-entry-${entry.id}`}>
      <p className="log-entry__head">
        <span className={`log-entry__badge log-entry__badge--${entry.action}`}>{ACTION_LABELS[entry.action]}</span>
        <span className="log-entry__time">
          <DateTime value={entry.createdAt} withTime />
        </span>
      </p>
      <p id={`log-entry-${entry.id}`} className="log-entry__what">
        {actor.kind === 'moderator' ? <Link to={href('/users/:username', { username: actor.username })}>{actor.username}</Link> : actor.text}{' '}
        {actionVerb(entry.action)} {path ? <Link to={path}>{subjectLabel(entry)}</Link> : subjectLabel(entry)}.
      </p>
      {entry.note && (
        <blockquote className="log-entry__note">
          <p>
            <span className="visually-hidden">Moderator’s note: </span>
            {entry.note}
          </p>
        </blockquote>
      )}
    </article>
  );
}
