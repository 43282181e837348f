import { useEffect, useState } from 'react';
import { Link, useLocation } from 'react-router';
import { describeApiError } from '../../lib/field-errors.js';
import { useHydrated } from '../../lib/use-hydrated.js';
import { useKeptInView } from '../../lib/use-kept-in-view.js';
import { signInHref } from '../auth/sign-in-link.js';
import { useVote } from './vote-mutations.js';
import './vote-button.css';

interface VoteControlProps {
  /** The control's id: signing in from it comes back to it (`/login?next=<page>#<anchor>`). */
  anchor: string;
  /** What the vote is for, so the control's name says it. */
  label: string;
  votes: number;
  /** The viewer's vote as the server knows it; null when nobody is signed in. */
  voted: boolean | null;
  /** True while a vote is on its way. */
  pending: boolean;
  /** Sends the vote; answers the vote as it now stands. */
  send: (voted: boolean) => Promise<{ viewerVoted: boolean; votes: number }>;
}

/**
 * An upvote toggle with its count, for anything people vote on (a pro or con, a decision). Its name starts
 * with the visible count, as voice control expects; aria-pressed says whether the vote is the viewer's.
 * Signed out, it is a link to sign in that comes back here; signed in, it shows the new count at once and
 * goes back to the server's count, with the reason, if the vote is refused.
 */
export function VoteControl({ anchor, label, votes, voted, pending, send }: VoteControlProps) {
  const location = useLocation();
  const [shown, setShown] = useState<{ voted: boolean; votes: number } | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const hydrated = useHydrated();
  // Signing in from this control comes back to it: it stays in view while the signed-in page settles.
  useKeptInView(anchor);
  // A fresh answer from the server (the page's data refetched) replaces what this control was showing.
  useEffect(() => setShown(null), [votes, voted]);
  if (voted === null) {
    return (
      <Link id={anchor} className="vote-button" to={signInHref(`${location.pathname}${location.search}#${anchor}`)}>
        <UpArrow />
        <span className="vote-button__count">{votes}</span>
        <span className="visually-hidden"> votes: sign in to vote for “{label}”</span>
      </Link>
    );
  }
  const current = shown ?? { voted, votes };
  return (
    <span className="vote-button__wrap">
      {/* aria-disabled, not disabled, while a vote is on its way: a disabled button would drop the keyboard's focus. */}
      <button
        id={anchor}
        type="button"
        className="vote-button"
        aria-pressed={current.voted}
        aria-disabled={pending || undefined}
        // Until the script runs a press would do nothing; disabled says so (and tests wait for it).
        disabled={!hydrated}
        onClick={() => {
          if (pending) return;
          const next = !current.voted;
          setProblem(null);
          setShown({ voted: next, votes: current.votes + (next ? 1 : -1) });
          send(next).then(
            (result) => setShown({ voted: result.viewerVoted, votes: result.votes }),
            (error: unknown) => {
              setShown(null);
              setProblem(`Your vote was not counted. ${describeApiError(error)}`);
            },
          );
        }}
      >
        <UpArrow />
        <span className="vote-button__count">{current.votes}</span>
        <span className="visually-hidden"> votes: vote for “{label}”</span>
      </button>
      {problem && (
        <span role="alert" className="vote-button__problem">
          {problem}
        </span>
      )}
    </span>
  );
}

interface VoteButtonProps {
  reasonId: number;
  /** The reason's text. */
  label: string;
  votes: number;
  voted: boolean | null;
}

/** The vote on a pro or con. */
export function VoteButton({ reasonId, label, votes, voted }: VoteButtonProps) {
  const vote = useVote();
  return (
    <VoteControl anchor={`vote-reason-${reasonId}`} label={label} votes={votes} voted={voted} pending={vote.pending} send={(next) => vote.send({ reasonId, voted: next })} />
  );
}

function UpArrow() {
  return (
    <svg aria-hidden="true" width="14" height="14" viewBox="0 0 16 16">
      <path d="M8 3 14 11H2z" fill="currentColor" />
    </svg>
  );
}
