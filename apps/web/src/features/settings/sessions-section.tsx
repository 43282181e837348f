import type { SessionSummary } from '@stackyard/domain';
import { useSuspenseQuery } from '@tanstack/react-query';
import { DateTime } from '../../components/date-time.js';
import { formatDayAndTime } from '../../components/format-date.js';
import { useApi } from '../../lib/api.js';
import { describeApiError } from '../../lib/field-errors.js';
import { FormStatus } from './settings-field.js';
import { useEndOtherSessionsMutation, useEndSessionMutation } from './settings-mutations.js';
import { sessionsQuery } from './settings-queries.js';
import { describeUserAgent } from './user-agent.js';

/** This browser first, then the others by when they were last used. */
function ordered(sessions: readonly SessionSummary[]): SessionSummary[] {
  return [...sessions].sort((a, b) => Number(b.current) - Number(a.current) || b.lastSeenAt.localeCompare(a.lastSeenAt));
}

/** Where the account is signed in; any other session can be signed out from here, one or all at once. */
export function SessionsSection() {
  const { data } = useSuspenseQuery(sessionsQuery(useApi()));
  const endOne = useEndSessionMutation();
  const endOthers = useEndOtherSessionsMutation();
  const sessions = ordered(data);
  const others = sessions.filter((session) => !session.current);
  const error = endOne.isError ? endOne.error : endOthers.isError ? endOthers.error : null;
  const done = endOthers.isSuccess ? 'Signed out everywhere else.' : endOne.isSuccess ? 'That session is signed out.' : null;

  return (
    <>
      <ul className="settings-list" aria-label="Sessions">
        {sessions.map((session) => {
          const where = describeUserAgent(session.userAgent);
          const ending = endOne.isPending && endOne.variables === session.id;
          return (
            <li key={session.id} className="settings-item">
              <div className="settings-item__text">
                <p className="settings-item__title">
                  {where}
                  {session.current && <span className="settings-badge">This browser</span>}
                </p>
                <p className="settings-item__facts">
                  Signed in <DateTime value={session.createdAt} withTime /> · last used <DateTime value={session.lastSeenAt} withTime />
                  {session.ip && <> · from {session.ip}</>}
                </p>
              </div>
              {!session.current && (
                <button
                  type="button"
                  className="button button--quiet settings-item__action"
                  aria-label={`${ending ? 'Signing out' : 'Sign out'} ${where}, signed in ${formatDayAndTime(session.createdAt)}`}
                  aria-disabled={ending || undefined}
                  onClick={() => !endOne.isPending && endOne.mutate(session.id)}
                >
                  {ending ? 'Signing out…' : 'Sign out'}
                </button>
              )}
            </li>
          );
        })}
      </ul>
      {others.length === 0 ? (
        <p className="settings-note">You are signed in only in this browser. Sessions you start elsewhere will be listed here.</p>
      ) : (
        <div className="settings-form__actions">
          <button type="button" className="button button--quiet" aria-disabled={endOthers.isPending || undefined} onClick={() => !endOthers.isPending && endOthers.mutate()}>
            {endOthers.isPending ? 'Signing out everywhere else…' : 'Sign out everywhere else'}
          </button>
        </div>
      )}
      <FormStatus
        pending={endOne.isPending || endOthers.isPending}
        pendingText="Signing out…"
        done={done}
        error={error ? `${describeApiError(error)} The list shows what is still signed in.` : null}
      />
    </>
  );
}
