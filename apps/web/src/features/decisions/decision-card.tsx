import type { Decision } from '@stackyard/domain';
import type { ReactNode } from 'react';
import { href, Link } from 'react-router';
import { DateTime } from '../../components/date-time.js';
import { ToolChipList } from '../stacks/tool-chip-list.js';
import { UserByline } from '../users/user-byline.js';
import { decisionExcerpt, decisionTitle } from './decision-format.js';
import './decisions.css';

interface DecisionCardProps {
  decision: Decision;
  /** The level of the card's heading, so it fits the page's outline. */
  headingLevel?: 'h3' | 'h4';
  /** Leave the author out where every card is by the same person (their profile). */
  showAuthor?: boolean;
}

/** A decision in a list: who, when, the start of its text (the link to read it all), its tools and votes. */
export function DecisionCard({ decision, headingLevel: Heading = 'h3', showAuthor = true }: DecisionCardProps) {
  const titleId = `decision-${decision.id}-title`;
  return (
    <article className="decision-card" aria-labelledby={titleId}>
      <Heading id={titleId} className="decision-card__title">
        <Link to={href('/decisions/:id', { id: String(decision.id) })}>
          {decisionExcerpt(decision.body, 160)}
        </Link>
      </Heading>
      <ToolChipList tools={decision.tools} label={`Tools in ${decisionTitle(decision)}`} size="sm" />
      <p className="decision-card__meta">
        {showAuthor && <UserByline user={decision.author} />}
        <span>
          <DateTime value={decision.createdAt} />
        </span>
        <span>
          {decision.votes} {decision.votes === 1 ? 'vote' : 'votes'}
        </span>
        {decision.hidden && <span className="decision-card__hidden">Hidden from the public</span>}
      </p>
    </article>
  );
}

/** Decisions as a list with an accessible name, or what to do next when there are none. */
export function DecisionList({ decisions, label, empty, headingLevel, showAuthor }: { decisions: Decision[]; label: string; empty: ReactNode } & Omit<DecisionCardProps, 'decision'>) {
  if (decisions.length === 0) return <p className="empty-state">{empty}</p>;
  return (
    <ul className="decision-list" aria-label={label}>
      {decisions.map((decision) => (
        <li key={decision.id}>
          <DecisionCard decision={decision} headingLevel={headingLevel} showAuthor={showAuthor} />
        </li>
      ))}
    </ul>
  );
}
