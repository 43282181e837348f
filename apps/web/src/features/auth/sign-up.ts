import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from '@stackyard/domain/auth-limits';
import { redirect } from 'react-router';
import { browserApi } from '../../lib/api.js';
import { formProblem, type FormProblem } from '../../lib/field-errors.js';
import { browserQueries } from '../../lib/query-client.js';
import { safeNextPath } from './safe-next.js';
import { switchViewer } from './viewer-queries.js';

export const SIGN_UP_FIELDS = ['username', 'email', 'password'] as const;
export type SignUpField = (typeof SIGN_UP_FIELDS)[number];

/** What the sign-up form shows after a refused attempt, and what was typed (never the password). */
export interface SignUpFailure extends FormProblem<SignUpField> {
  values: { username: string; email: string };
}

/**
 * The sign-up form's submission, from the browser (the session cookie is the browser's). What the browser
 * can tell on its own is said before sending; the server's reasons (a taken username, a common password)
 * come back next to their field. Success signs the new account in and leads to `?next=`.
 */
export async function signUp(request: Request): Promise<SignUpFailure | Response> {
  const form = await request.formData();
  const body = {
    username: String(form.get('username') ?? '').trim(),
    email: String(form.get('email') ?? '').trim(),
    password: String(form.get('password') ?? ''),
  };
  const values = { username: body.username, email: body.email };
  const local = localProblems(body);
  if (local) return { fields: local, message: null, values };
  try {
    const { user } = await browserApi().auth.signup({ body });
    // Everything cached so far was read signed out.
    switchViewer(browserQueries(), user);
  } catch (error) {
    return { ...formProblem(error, SIGN_UP_FIELDS), values };
  }
  return redirect(safeNextPath(new URL(request.url).searchParams.get('next')));
}

/** The checks that need no server: every field there, the password long enough. */
function localProblems(body: Record<SignUpField, string>): FormProblem<SignUpField>['fields'] | null {
  const fields: FormProblem<SignUpField>['fields'] = {};
  if (!body.username) fields.username = 'Choose a username.';
  if (!body.email) fields.email = 'Enter your email address.';
  if (body.password.length < PASSWORD_MIN_LENGTH) fields.password = `Must be at least ${PASSWORD_MIN_LENGTH} characters.`;
  else if (body.password.length > PASSWORD_MAX_LENGTH) fields.password = `Must be at most ${PASSWORD_MAX_LENGTH} characters.`;
  return Object.keys(fields).length > 0 ? fields : null;
}
