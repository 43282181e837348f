import { ApiError } from '@stackyard/contract/browser';
import { REPORT_REASON_LABELS, REPORT_REASONS, type ReportReason, type ReportSubjectType } from '@stackyard/domain/report-reasons';
import { useEffect, useId, useRef, useState } from 'react';
import { formProblem } from '../../lib/field-errors.js';
import { useReportMutation } from './report-mutations.js';

/** The API keeps at most this much of a note. */
const MAX_NOTE = 1000;

const SUBJECT_NOUNS: Record<ReportSubjectType, string> = {
  reason: 'this pro or con',
  decision: 'this decision',
  stack: 'this stack',
  user: 'this person',
};

interface ReportDialogProps {
  subjectType: ReportSubjectType;
  subjectId: number;
  label: string;
  /** Already reported from this page: the dialog says so instead of asking again. */
  sent: boolean;
  onSent: () => void;
  onClose: () => void;
}

/**
 * The report form in a modal dialog: why (one of the reasons), an optional note, Send. Afterwards it
 * thanks the reporter; a second report of the same thing (409) is told it is already with the moderators,
 * and the daily limit (429) says when to try again. Escape or Cancel closes it, and focus goes back to
 * the button that opened it.
 */
export default function ReportDialog({ subjectType, subjectId, label, sent, onSent, onClose }: ReportDialogProps) {
  const dialogRef = useRef<HTMLDialogElement>(null);
  const closeRef = useRef<HTMLButtonElement>(null);
  const report = useReportMutation();
  const [reason, setReason] = useState<ReportReason | null>(null);
  const [note, setNote] = useState('');
  const [problems, setProblems] = useState<{ reason?: string; note?: string; form?: string }>({});
  const [done, setDone] = useState<string | null>(sent ? 'You have reported this. Thanks, a moderator will look at it.' : null);
  const titleId = useId();
  const reasonProblemId = useId();
  const noteId = useId();
  const noteHintId = useId();
  const noteProblemId = useId();

  useEffect(() => {
    const dialog = dialogRef.current;
    if (dialog && !dialog.open) dialog.showModal();
  }, []);
  useEffect(() => {
    if (done) closeRef.current?.focus();
  }, [done]);

  function finish(message: string) {
    setDone(message);
    onSent();
  }

  function send() {
    if (report.isPending) return;
    if (!reason) {
      setProblems({ reason: 'Choose why you are reporting it.' });
      return;
    }
    setProblems({});
    const trimmed = note.trim();
    report.mutate(
      { subjectType, subjectId, reason, note: trimmed || undefined },
      {
        onSuccess: () => finish('Thanks, a moderator will look at it.'),
        onError: (error) => {
          if (error instanceof ApiError && error.status === 409) {
            finish('You have already reported this. A moderator will look at it.');
            return;
          }
          const problem = formProblem(error, ['reason', 'note'] as const);
          setProblems({ ...problem.fields, form: problem.message ?? undefined });
        },
      },
    );
  }

  return (
    <dialog ref={dialogRef} className="report-dialog" aria-labelledby={titleId} onClose={onClose}>
      <h2 id={titleId} className="report-dialog__title">
        Report {SUBJECT_NOUNS[subjectType]}
      </h2>
      <p className="report-dialog__what">“{label}”</p>
      {!done && (
        <form
          className="report-dialog__form"
          aria-busy={report.isPending}
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            send();
          }}
        >
          <fieldset className="report-dialog__reasons" aria-describedby={problems.reason ? reasonProblemId : undefined}>
            <legend>Why should a moderator look at it?</legend>
            {REPORT_REASONS.map((value) => (
              <label key={value} className="report-dialog__reason">
                <input
                  type="radio"
                  name="reason"
                  value={value}
                  checked={reason === value}
                  aria-invalid={problems.reason ? true : undefined}
                  onChange={() => setReason(value)}
                />
                {REPORT_REASON_LABELS[value]}
              </label>
            ))}
            {problems.reason && (
              <p id={reasonProblemId} className="field__problem">
                {problems.reason}
              </p>
            )}
          </fieldset>
          <div className="field">
            <label htmlFor={noteId}>Note for the moderators (optional)</label>
            <textarea
              id={noteId}
              name="note"
              rows={3}
              value={note}
              maxLength={MAX_NOTE}
              aria-invalid={problems.note ? true : undefined}
              aria-describedby={problems.note ? `${noteHintId} ${noteProblemId}` : noteHintId}
              onChange={(event) => setNote(event.target.value)}
            />
            <p id={noteHintId} className="field__hint">
              What should they know? A link, where it is wrong. Up to {MAX_NOTE.toLocaleString('en')} characters.
            </p>
            {problems.note && (
              <p id={noteProblemId} className="field__problem">
                {problems.note}
              </p>
            )}
          </div>
          <div className="report-dialog__actions">
            <button type="submit" className="button" aria-disabled={report.isPending}>
              {report.isPending ? 'Sending…' : 'Send report'}
            </button>
            <button type="button" className="button button--quiet" onClick={() => dialogRef.current?.close()}>
              Cancel
            </button>
          </div>
        </form>
      )}
      <p className={problems.form ? 'report-dialog__status report-dialog__status--problem' : 'report-dialog__status'} role="status">
        {done ?? problems.form ?? (report.isPending ? 'Sending your report…' : '')}
      </p>
      {done && (
        <div className="report-dialog__actions">
          <button ref={closeRef} type="button" className="button" onClick={() => dialogRef.current?.close()}>
            Close
          </button>
        </div>
      )}
    </dialog>
  );
}
