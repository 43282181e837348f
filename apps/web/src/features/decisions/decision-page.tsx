import type { Decision } from '@stackyard/domain';
import { useSuspenseQuery } from '@tanstack/react-query';
import { href, Link } from 'react-router';
import { DateTime } from '../../components/date-time.js';
import { Eyebrow, Notice } from '../../components/page-section.js';
import { useApi } from '../../lib/api.js';
import { ReportButton } from '../reports/report-button.js';
import '../reports/report-button.css';
import { ToolChipList } from '../stacks/tool-chip-list.js';
import { UserByline } from '../users/user-byline.js';
import { nameOf } from '../users/user-format.js';
import { comparisonSlugs, decisionTitle, listNames } from './decision-format.js';
import { decisionQuery } from './decision-queries.js';
import { DecisionVoteButton } from './decision-vote-button.js';
import './decision-page.css';

/** One decision: who wrote it and when, in which stack, its text, its tools, and its votes. */
export function DecisionPage({ id }: { id: number }) {
  const { data: decision } = useSuspenseQuery(decisionQuery(useApi(), id));
  const title = decisionTitle(decision);
  return (
    <>
      <DecisionBreadcrumb decision={decision} />
      <article className="decision-page" aria-labelledby="decision-title">
        <header className="decision-page__header">
          <Eyebrow>Decision</Eyebrow>
          <h1 id="decision-title">{title}</h1>
          <p className="decision-page__byline">
            <UserByline user={decision.author} size="md" />
            <span>
              <DateTime value={decision.createdAt} />
            </span>
            {decision.stack && (
              <span>
                for{' '}
                <Link to={href('/stacks/:owner/:slug', { owner: decision.stack.owner, slug: decision.stack.slug })}>{decision.stack.name}</Link>
              </span>
            )}
          </p>
          {decision.hidden && (
            <Notice>Hidden from the public: only its author and the moderators see this decision.</Notice>
          )}
        </header>
        <div className="decision-page__layout">
          {/*
            The API stores and serves this HTML already rendered from Markdown with raw HTML disabled, only
            http(s) and mailto links, and images made links (render-markdown.ts): it holds no markup of the
            author's own, so it is inserted as it is.
          */}
          <div className="decision-body" dangerouslySetInnerHTML={{ __html: decision.html }} />
          <aside className="decision-page__aside" aria-label="About this decision">
            <section className="decision-page__panel" aria-labelledby="decision-votes-title">
              <h2 id="decision-votes-title" className="decision-page__panel-title">
                Was this useful?
              </h2>
              <div className="decision-page__vote">
                <DecisionVoteButton decisionId={decision.id} label={title} votes={decision.votes} voted={decision.viewerVoted} />
                {/* The count is the button's own, which moves at once when the viewer votes. */}
                <p className="muted">Vote for it if it helped you choose: votes tell others which decisions are worth reading.</p>
              </div>
            </section>
            <section className="decision-page__panel" aria-labelledby="decision-tools-title">
              <h2 id="decision-tools-title" className="decision-page__panel-title">
                Tools it is about
              </h2>
              <ToolChipList tools={decision.tools} label="Tools this decision is about" />
              <CompareLink decision={decision} />
            </section>
            <ReportButton subjectType="decision" subjectId={decision.id} label={title} />
          </aside>
        </div>
      </article>
    </>
  );
}

function DecisionBreadcrumb({ decision }: { decision: Decision }) {
  return (
    <nav className="breadcrumb" aria-label="Breadcrumb">
      <ol>
        <li>
          <Link to={href('/users/:username', { username: decision.author.username })}>{nameOf(decision.author)}</Link>
        </li>
        {decision.stack && (
          <li>
            <Link to={href('/stacks/:owner/:slug', { owner: decision.stack.owner, slug: decision.stack.slug })}>{decision.stack.name}</Link>
          </li>
        )}
        <li aria-current="page">Decision</li>
      </ol>
    </nav>
  );
}

function CompareLink({ decision }: { decision: Decision }) {
  const slugs = comparisonSlugs(decision);
  if (!slugs) return null;
  return (
    <p className="decision-page__compare">
      <Link className="button button--quiet" to={href('/compare/:slugs', { slugs })}>
        Compare {listNames(decision.tools.map((tool) => tool.name))}
      </Link>
    </p>
  );
}
