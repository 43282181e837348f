import type { ListRest, Reason, ReasonKind, ToolDetail } from '@stackyard/domain';
import { lazy, Suspense } from 'react';
import { Link, useLocation } from 'react-router';
import { LoadMore } from '../../components/load-more.js';
import { formatExactCount } from './tool-format.js';
import { useReasonsRest } from './tool-list-rest.js';
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
        <ReasonList slug={tool.slug} kind="pro" reasons={tool.pros} rest={tool.rest.pros} votedIds={votedIds} empty={`Nobody has named a pro of ${tool.name} yet.`} />
        <ReasonList slug={tool.slug} kind="con" reasons={tool.cons} rest={tool.rest.cons} votedIds={votedIds} empty={`Nobody has named a con of ${tool.name} yet.`} />
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
  slug: string;
  kind: ReasonKind;
  /** The first few, as the page came, and the rest of the list. */
  reasons: Reason[];
  rest: ListRest;
  votedIds: Set<number> | null;
  empty: string;
}

function ReasonList({ slug, kind, reasons, rest, votedIds, empty }: ReasonListProps) {
  const list = useReasonsRest(slug, kind, reasons, rest);
  const id = `${kind}s-title`;
  const title = kind === 'pro' ? 'Pros' : 'Cons';
  return (
    <div className={`tool-reasons__column tool-reasons__column--${title.toLowerCase()}`}>
      <h3 id={id}>
        {title} <span className="tool-reasons__count">{formatExactCount(list.total)}</span>
      </h3>
      {list.items.length === 0 ? (
        <p className="muted">{empty}</p>
      ) : (
        <ul className="tool-reasons__list" aria-labelledby={id}>
          {list.items.map((reason) => (
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
      <LoadMore query={list} what={`${formatExactCount(list.total - list.items.length)} more ${title.toLowerCase()}`} className="tool-reasons__more" quiet />
    </div>
  );
}
