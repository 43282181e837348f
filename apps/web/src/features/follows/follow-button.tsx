import { useEffect, useState } from 'react';
import { Link, useLocation } from 'react-router';
import { describeApiError } from '../../lib/field-errors.js';
import { useHydrated } from '../../lib/use-hydrated.js';
import { signInHref } from '../auth/sign-in-link.js';
import { useFollow, type FollowTarget } from './follow-mutations.js';
import './follow-button.css';

interface FollowButtonProps {
  target: FollowTarget;
  /** Who or what is followed, for the button's accessible name. */
  name: string;
  followers: number;
  /** The viewer's follow as the server knows it; null when nobody is signed in. */
  following: boolean | null;
}

/**
 * Follow / Following with the follower count. Signed out, a link to sign in that returns here; signed in,
 * the count moves at once and goes back to the server's if the change is refused.
 */
export function FollowButton({ target, name, followers, following }: FollowButtonProps) {
  const location = useLocation();
  const follow = useFollow(target);
  const [shown, setShown] = useState<{ following: boolean; followers: number } | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const hydrated = useHydrated();
  // A fresh answer from the server (the page's data refetched) replaces what this button was showing.
  useEffect(() => setShown(null), [followers, following]);
  if (following === null) {
    return (
      <span className="follow">
        <Link className="button follow__button" to={signInHref(location.pathname + location.search)}>
          Follow<span className="visually-hidden"> {name} (sign in first)</span>
        </Link>
        <FollowerCount count={followers} />
      </span>
    );
  }
  const current = shown ?? { following, followers };
  return (
    <span className="follow">
      <button
        type="button"
        className={current.following ? 'button follow__button follow__button--on' : 'button button--primary follow__button'}
        aria-pressed={current.following}
        // Until the script runs a press would do nothing; disabled says so (and tests wait for it).
        disabled={!hydrated}
        // Not disabled while pending: a disabled button would drop the keyboard's focus.
        aria-disabled={follow.pending || undefined}
        onClick={() => {
          if (follow.pending) return;
          const next = !current.following;
          setProblem(null);
          setShown({ following: next, followers: current.followers + (next ? 1 : -1) });
          follow.send(next).then(
            (result) => setShown(result),
            (error: unknown) => {
              setShown(null);
              setProblem(`${current.following ? 'Still following' : 'Not followed'}: ${describeApiError(error)}`);
            },
          );
        }}
      >
        {current.following ? 'Following' : 'Follow'}
        <span className="visually-hidden"> {name}</span>
      </button>
      <FollowerCount count={current.followers} />
      {problem && (
        <span role="alert" className="follow__problem">
          {problem}
        </span>
      )}
    </span>
  );
}

function FollowerCount({ count }: { count: number }) {
  return (
    <span className="follow__count">
      {new Intl.NumberFormat('en').format(count)} {count === 1 ? 'follower' : 'followers'}
    </span>
  );
}
