import { lazy, Suspense } from 'react';
import { Link, useLocation } from 'react-router';
import { useViewer } from '../auth/use-viewer.js';
import { signInHref } from '../auth/sign-in-link.js';

// Only members need the menu (and signing out): its code is its own chunk, so visitors never download it.
const SignedInMenu = lazy(() => import('./signed-in-menu.js').then((module) => ({ default: module.SignedInMenu })));

/**
 * The header's corner: "Sign in" for a visitor, the account's menu for a member. While the browser does not
 * know yet (the server's page did not say), a blank of the same size, so neither flashes before the other.
 */
export function AccountMenu() {
  const viewer = useViewer();
  const location = useLocation();
  if (viewer === undefined) return <span className="account-menu__pending" aria-hidden="true" />;
  if (viewer === null) {
    return (
      <Link className="button site-header__sign-in" to={signInHref(`${location.pathname}${location.search}`)}>
        Sign in
      </Link>
    );
  }
  return (
    <Suspense fallback={<span className="account-menu__pending" aria-hidden="true" />}>
      <SignedInMenu viewer={viewer} />
    </Suspense>
  );
}

