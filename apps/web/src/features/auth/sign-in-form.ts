/** What the sign-in form sends: the API's `loginRequestSchema` bounds (a login of 1-254, a password of 1-1024). */
export interface SignInForm {
  login: string;
  password: string;
}

/**
 * The form's fields, or null when one is missing or too long to be right. By hand rather than with the
 * domain's zod schema, which would weigh more than the whole page in the browser; the API applies
 * `loginRequestSchema` anyway, and the tests check that this takes only what it takes.
 */
export function readSignInForm(form: FormData): SignInForm | null {
  const login = String(form.get('login') ?? '').trim();
  const password = String(form.get('password') ?? '');
  if (login.length < 1 || login.length > 254 || password.length < 1 || password.length > 1024) return null;
  return { login, password };
}
