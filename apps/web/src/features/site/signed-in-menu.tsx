import type { Account } from '@stackyard/domain';
import { useEffect, useId, useRef, useState } from 'react';
import { href, Link, useLocation } from 'react-router';
import { describeApiError } from '../../lib/field-errors.js';
import { useHydrated } from '../../lib/use-hydrated.js';
import { useSignOutMutation } from '../auth/auth-mutations.js';
import { UserAvatar } from '../users/user-avatar.js';
import { nameOf } from '../users/user-format.js';

/** A disclosure button and its list of links: Escape, a click elsewhere or following a link closes it. */
export function SignedInMenu({ viewer }: { viewer: Account }) {
  const [open, setOpen] = useState(false);
  const menuId = useId();
  const root = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  const location = useLocation();
  const signOut = useSignOutMutation();
  const hydrated = useHydrated();

  // Moving to another page closes the menu.
  useEffect(() => setOpen(false), [location.key]);
  useEffect(() => {
    if (!open) return;
    const onPointer = (event: PointerEvent) => {
      if (!root.current?.contains(event.target as Node)) setOpen(false);
    };
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== 'Escape') return;
      setOpen(false);
      button.current?.focus();
    };
    document.addEventListener('pointerdown', onPointer);
    document.addEventListener('keydown', onKey);
    return () => {
      document.removeEventListener('pointerdown', onPointer);
      document.removeEventListener('keydown', onKey);
    };
  }, [open]);

  const moderator = viewer.role === 'moderator' || viewer.role === 'admin';
  return (
    <div className="account-menu" ref={root}>
      <button ref={button} type="button" className="account-menu__button" aria-expanded={open} aria-controls={menuId} disabled={!hydrated} onClick={() => setOpen(!open)}>
        <UserAvatar user={viewer} size="sm" />
        <span className="account-menu__name">{nameOf(viewer)}</span>
        <span className="visually-hidden">: your account</span>
        <svg aria-hidden="true" width="12" height="12" viewBox="0 0 12 12">
          <path d="M2 4l4 4 4-4" fill="none" stroke="currentColor" strokeWidth="1.5" />
        </svg>
      </button>
      <div id={menuId} className="account-menu__panel" hidden={!open}>
        <p className="account-menu__who">
          Signed in as <strong>@{viewer.username}</strong>
        </p>
        <ul className="account-menu__list">
          <li>
            <Link to={href('/feed')}>Your feed</Link>
          </li>
          <li>
            <Link to={href('/users/:username', { username: viewer.username })}>Your profile and stacks</Link>
          </li>
          <li>
            <Link to={href('/stacks/new')}>Share a stack</Link>
          </li>
          <li>
            <Link to={href('/decisions/new')}>Write a decision</Link>
          </li>
          <li>
            <Link to={href('/settings')}>Settings</Link>
          </li>
          {moderator && (
            <li>
              <Link to={href('/moderation')}>Moderation queue</Link>
            </li>
          )}
        </ul>
        <button type="button" className="button button--quiet account-menu__sign-out" aria-disabled={signOut.isPending || undefined} onClick={() => !signOut.isPending && signOut.mutate()}>
          {signOut.isPending ? 'Signing out…' : 'Sign out'}
        </button>
        {signOut.isError && (
          <p role="alert" className="field__problem">
            {describeApiError(signOut.error)}
          </p>
        )}
      </div>
    </div>
  );
}
