import type { ToolProfile } from '@stackyard/domain';
import { lazy, Suspense } from 'react';
import { href, Link } from 'react-router';
import { LoadMore } from '../../components/load-more.js';
import { VoteButton } from '../votes/vote-button.js';
import { formatExactCount, pluralize } from '../tools/tool-format.js';
import { useReasonsRest } from '../tools/tool-list-rest.js';
import { useToolViewer } from './compare-viewer.js';

// Reporting is rare: its button's code comes after the page's first download (its styles with the page).
const ReportButton = lazy(() => import('../reports/report-button.js').then((module) => ({ default: module.ReportButton })));

/** Each tool's pros and cons, most voted first, one column per tool on wide screens. */
export function CompareReasons({ tools }: { tools: ToolProfile[] }) {
  return (
    <section id="pros-cons" className="compare-section" aria-labelledby="pros-cons-title">
      <h2 id="pros-cons-title">Pros and cons</h2>
      <p className="compare-section__lead">What the community says about each tool. Vote for the points you agree with.</p>
      <div className="compare-columns">
        {tools.map((tool, index) => (
          <div key={tool.slug} className={`compare-reasons compare-card--series-${index + 1}`}>
            <ReasonList tool={tool} kind="pro" />
            <ReasonList tool={tool} kind="con" />
            <p className="compare-reasons__add">
              <Link to={href('/tools/:slug', { slug: tool.slug })}>Add a pro or con for {tool.name}</Link>
            </p>
          </div>
        ))}
      </div>
    </section>
  );
}

interface ReasonListProps {
  tool: ToolProfile;
  kind: 'pro' | 'con';
}

function ReasonList({ tool, kind }: ReasonListProps) {
  const viewer = useToolViewer(tool.slug);
  const noun = kind === 'pro' ? 'pros' : 'cons';
  const list = useReasonsRest(tool.slug, kind, tool[noun], tool.rest[noun]);
  const reasons = list.items;
  const titleId = `${kind}s-${tool.slug}`;
  return (
    <>
      <h3 id={titleId} className={`compare-reasons__title compare-reasons__title--${kind}`}>
        What are some {noun} of {tool.name}?{' '}
        <span className="compare-reasons__count">
          {formatExactCount(list.total)} {pluralize(list.total, kind)}
        </span>
      </h3>
      {reasons.length === 0 ? (
        <p className="compare-empty">No {noun} yet. Know {tool.name}? Add the first on its page.</p>
      ) : (
        <ol className="reason-list" aria-labelledby={titleId}>
          {reasons.map((reason) => (
            <li key={reason.id} className="reason-list__item">
              <VoteButton reasonId={reason.id} label={reason.text} votes={reason.votes} voted={viewer ? viewer.votedReasonIds.includes(reason.id) : null} />
              <span className="reason-list__text">{reason.text}</span>
              <Suspense>
                <ReportButton subjectType="reason" subjectId={reason.id} label={reason.text} />
              </Suspense>
            </li>
          ))}
        </ol>
      )}
      <LoadMore query={list} what={`${formatExactCount(list.total - reasons.length)} more ${noun} of ${tool.name}`} className="compare-reasons__more" quiet />
    </>
  );
}
