import { redirect } from 'react-router';
import { browserApi } from '../../lib/api.js';
import { describeApiError } from '../../lib/field-errors.js';
import { browserQueries } from '../../lib/query-client.js';
import { safeNextPath } from './safe-next.js';
import { readSignInForm } from './sign-in-form.js';
import { switchViewer } from './viewer-queries.js';

/** What the sign-in form shows after a failed attempt. */
export interface SignInFailure {
  error: string;
}

/**
 * The sign-in form's submission, in the browser: the session cookie the API sets belongs to the browser,
 * so the call goes from here, through the typed client. Success leads to `?next=` (a path on this site
 * only); a failure comes back with the server's own words (wrong password, too many attempts...).
 */
export async function signIn(request: Request): Promise<SignInFailure | Response> {
  const body = readSignInForm(await request.formData());
  if (!body) return { error: 'Enter your username or email, and your password.' };
  try {
    const { user } = await browserApi().auth.login({ body });
    // Everything cached so far was read signed out; the pages ahead must show this account's votes and follows.
    switchViewer(browserQueries(), user);
  } catch (error) {
    return { error: describeApiError(error) };
  }
  return redirect(safeNextPath(new URL(request.url).searchParams.get('next')));
}

/** A form posted before the page's script ran (or without JavaScript) reaches the server, which cannot sign the browser in. */
export const NOT_SENT: SignInFailure = {
  error: 'Your sign-in was not sent: the page had not finished loading, or JavaScript is turned off. Please try again with JavaScript on.',
};
