import type { ReportSubjectType } from '@stackyard/domain/report-reasons';
import { useQuery } from '@tanstack/react-query';
import { lazy, Suspense, useState } from 'react';
import { Link, useLocation } from 'react-router';
import { useApi } from '../../lib/api.js';
import { viewerQuery } from '../auth/viewer-queries.js';
import { signInHref } from '../auth/sign-in-link.js';

// Kept small because it is on every public page with a pro, con, decision, stack or person: the form's
// code comes only once someone opens it. Its styles (report-button.css) are imported by the pages that show
// it, so they come with the page's own even where this code arrives later (a lazy chunk).
const ReportDialog = lazy(() => import('./report-dialog.js'));

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
export function ReportButton(props: ReportButtonProps) {
  // useViewer() in full: importing it here would split it out of the root's chunk, a file more on every page.
  const viewer = useQuery(viewerQuery(useApi())).data;
  const location = useLocation();
  const [open, setOpen] = useState(false);
  const [sent, setSent] = useState(false);
  const name = <span className="visually-hidden"> “{props.label}”</span>;
  if (viewer === null) {
    return (
      <Link className="report-button" to={signInHref(location.pathname + location.search)}>
        Report{name}
      </Link>
    );
  }
  return (
    <>
      <button type="button" className="report-button" aria-haspopup="dialog" onClick={() => setOpen(true)}>
        {sent ? 'Reported' : 'Report'}
        {name}
      </button>
      {open && (
        <Suspense>
          <ReportDialog {...props} sent={sent} onSent={() => setSent(true)} onClose={() => setOpen(false)} />
        </Suspense>
      )}
    </>
  );
}
