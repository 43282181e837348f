import type { Reason, ToolDetail } from '@stackyard/domain';
import { lazy, Suspense } from 'react';
import { Link, useLocation } from 'react-router';
import { signInHref } from '../auth/sign-in-link.js';
import { VoteButton } from '../votes/vote-button.js';
import '../reports/report-button.css';

// Only members see the form, so visitors never download it.
const ToolReasonForm = lazy(() => import('./tool-reason-form.js').then((module) => ({ default: module.ToolReasonForm })));
const ReportButton = lazy(() => import('../reports/report-button.js').then((module) => ({ default: module.ReportButton })));

/** Pros and cons, most voted first, each with its vote; members can add one. */
export function ToolReasons({ tool }: { tool: ToolDetail }) {
  const location = useLocation();
  const votedIds = tool.viewer ? new Set(tool.viewer.votedReasonIds) : null;
  return (
    <section className="tool-section" aria-labelledby="reasons-title">
      <h2 id="reasons-title">Pros and cons of {tool.name}</h2>
      <div className="tool-reasons">
        <ReasonList id="pros-title" title="Pros" reasons={tool.pros} votedIds={votedIds} empty={`Nobody has named a pro of ${tool.name} yet.`} />
        <ReasonList id="cons-title" title="Cons" reasons={tool.cons} votedIds={votedIds} empty={`Nobody has named a con of ${tool.name} yet.`} />
      </div>
      {tool.viewer ? (
        <Suspense fallback={null}>
          <ToolReasonForm slug={tool.slug} toolName={tool.name} />
        </Suspense>
      ) : (
        <p className="tool-reasons__invite">
          <Link to={signInHref(location.pathname)}>Sign in</Link> to vote, or to add a pro or con of {tool.name}.
        </p>
      )}
    </section>
  );
}

interface ReasonListProps {
  id: string;
  title: string;
  reasons: Reason[];
  votedIds: Set<number> | null;
  empty: string;
}

function ReasonList({ id, title, reasons, votedIds, empty }: ReasonListProps) {
  return (
    <div className={`tool-reasons__column tool-reasons__column--${title.toLowerCase()}`}>
      <h3 id={id}>
        {title} <span className="tool-reasons__count">{reasons.length}</span>
      </h3>
      {reasons.length === 0 ? (
        <p className="muted">{empty}</p>
      ) : (
        <ul className="tool-reasons__list" aria-labelledby={id}>
          {reasons.map((reason) => (
            <li key={reason.id} className="tool-reason">
              <VoteButton reasonId={reason.id} label={reason.text} votes={reason.votes} voted={votedIds ? votedIds.has(reason.id) : null} />
              <span className="tool-reason__text">
                {reason.text}
                {reason.hidden && <span className="tool-badge">Hidden from others</span>}
              </span>
              <Suspense>
                <ReportButton subjectType="reason" subjectId={reason.id} label={reason.text} />
              </Suspense>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
