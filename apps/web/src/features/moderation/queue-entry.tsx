import type { ModerationAction, ReportQueueItem } from '@stackyard/domain';
import { REPORT_REASON_LABELS } from '@stackyard/domain/report-reasons';
import { useId, useState } from 'react';
import { href, Link } from 'react-router';
import { DateTime } from '../../components/date-time.js';
import { formProblem } from '../../lib/field-errors.js';
import { useModerationActionMutation } from './moderation-mutations.js';
import { ACTION_BUTTONS, actionDone, actionsFor, KIND_LABELS, queueSubjectPath } from './queue-format.js';

/** The API keeps at most this much of a note. */
const MAX_NOTE = 1000;

/**
 * One reported subject: what it is, with a link to where it is shown, its open reports (why, who, when,
 * their note) and the moderator's actions with a note for the public log. `onDone` hears what was done
 * once the action is through, as the entry leaves the queue.
 */
export function QueueEntry({ item, onDone }: { item: ReportQueueItem; onDone: (message: string) => void }) {
  const act = useModerationActionMutation();
  const [note, setNote] = useState('');
  const [problem, setProblem] = useState<{ note?: string; form?: string }>({});
  const id = useId();
  const titleId = `${id}-title`;
  const noteId = `${id}-note`;
  const hintId = `${id}-hint`;
  const noteProblemId = `${id}-note-problem`;
  const path = queueSubjectPath(item);
  const pending = act.isPending ? act.variables.action : null;
  const state = item.deleted ? 'Deleted' : item.hidden ? (item.subjectType === 'user' ? 'Suspended' : 'Hidden') : null;

  function run(action: ModerationAction) {
    if (act.isPending) return;
    setProblem({});
    const trimmed = note.trim();
    act.mutate(
      { action, subjectType: item.subjectType, subjectId: item.subjectId, note: trimmed || undefined },
      {
        onSuccess: (result) => onDone(actionDone(action, item.summary, result.resolvedReports)),
        onError: (error) => {
          const found = formProblem(error, ['note'] as const);
          setProblem({ note: found.fields.note, form: found.message ?? undefined });
        },
      },
    );
  }

  return (
    <article className="queue-entry" aria-labelledby={titleId} aria-busy={act.isPending}>
      <p className="queue-entry__head">
        <span className="log-entry__badge">{KIND_LABELS[item.subjectType]}</span>
        {state && <span className="log-entry__badge log-entry__badge--hide">{state}</span>}
        <span className="queue-entry__since">
          {item.reports === 1 ? '1 report' : `${item.reports} reports`} since <DateTime value={item.firstReportedAt} withTime />
        </span>
      </p>
      <h3 id={titleId} className="queue-entry__title">
        {path ? <Link to={path}>{item.summary}</Link> : item.summary}
      </h3>
      <ul className="queue-entry__reports" aria-label={`Reports about ${item.summary}`}>
        {item.openReports.map((report) => (
          <li key={report.id} className="queue-report">
            <p className="queue-report__line">
              <strong>{REPORT_REASON_LABELS[report.reason]}</strong>
              <span className="queue-report__by">
                {' '}
                by {report.reporter ? <Link to={href('/users/:username', { username: report.reporter })}>{report.reporter}</Link> : 'a former member'},{' '}
                <DateTime value={report.createdAt} withTime />
              </span>
            </p>
            {report.note && (
              <blockquote className="queue-report__note">
                <p>
                  <span className="visually-hidden">Reporter’s note: </span>
                  {report.note}
                </p>
              </blockquote>
            )}
          </li>
        ))}
      </ul>
      {item.reports > item.openReports.length && (
        <p className="queue-entry__more">And {item.reports - item.openReports.length} more, the earliest shown first.</p>
      )}
      <form
        className="queue-entry__actions"
        aria-label={`Decide on ${item.summary}`}
        onSubmit={(event) => event.preventDefault()}
      >
        <div className="field">
          <label htmlFor={noteId}>Note for the log (optional)</label>
          <textarea
            id={noteId}
            name="note"
            rows={2}
            value={note}
            maxLength={MAX_NOTE}
            aria-invalid={problem.note ? true : undefined}
            aria-describedby={problem.note ? `${hintId} ${noteProblemId}` : hintId}
            onChange={(event) => setNote(event.target.value)}
          />
          <p id={hintId} className="field__hint">
            Public: the moderation log shows it with your action.
          </p>
          {problem.note && (
            <p id={noteProblemId} className="field__problem">
              {problem.note}
            </p>
          )}
        </div>
        <div className="queue-entry__buttons">
          {actionsFor(item).map((action) => (
            <button
              key={action}
              type="button"
              className={action === 'dismiss' ? 'button button--quiet' : 'button'}
              aria-disabled={act.isPending}
              onClick={() => run(action)}
            >
              {pending === action ? ACTION_BUTTONS[action].pending : ACTION_BUTTONS[action].idle}
            </button>
          ))}
        </div>
        {problem.form && (
          <p className="queue-entry__problem" role="alert">
            {problem.form}
          </p>
        )}
      </form>
    </article>
  );
}
