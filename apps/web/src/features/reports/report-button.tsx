import type { ReportSubjectType } from '@stackyard/domain/report-reasons';
import { lazy, Suspense, useState } from 'react';
import { Link, useLocation } from 'react-router';
import { useViewer } from '../auth/use-viewer.js';
import { signInHref } from '../site/sign-in-link.js';
import './report-button.css';

// Few visitors report anything: the form's code comes only when someone is about to open it.
const loadDialog = () => import('./report-dialog.js');
const ReportDialog = lazy(() => loadDialog().then((module) => ({ default: module.ReportDialog })));

export interface ReportButtonProps {
  subjectType: ReportSubjectType;
  subjectId: number;
  /** What is reported, as people read it (a pro's text, a stack's name), so the control's name says it. */
  label: string;
}

/**
 * "Report" beside a pro or con, decision, stack or person. Signed out, a link to sign in that comes back
 * here; signed in, a button that opens a short form for the moderators (a dialog, loaded when needed).
 */
export function ReportButton({ subjectType, subjectId, label }: ReportButtonProps) {
  const viewer = useViewer();
  const location = useLocation();
  const [open, setOpen] = useState(false);
  const [sent, setSent] = useState(false);
  const name = <span className="visually-hidden"> “{label}”</span>;

  if (viewer === null) {
    return (
      <Link className="report-button" to={signInHref(location.pathname + location.search)}>
        Report{name}
        <span className="visually-hidden">: sign in first</span>
      </Link>
    );
  }
  return (
    <>
      <button
        type="button"
        className="report-button"
        aria-haspopup="dialog"
        onPointerEnter={() => void loadDialog()}
        onFocus={() => void loadDialog()}
        onClick={() => setOpen(true)}
      >
        {sent ? 'Reported' : 'Report'}
        {name}
      </button>
      {open && (
        <Suspense fallback={null}>
          <ReportDialog
            subjectType={subjectType}
            subjectId={subjectId}
            label={label}
            sent={sent}
            onSent={() => setSent(true)}
            onClose={() => setOpen(false)}
          />
        </Suspense>
      )}
    </>
  );
}
