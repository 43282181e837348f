import { PASSWORD_MIN_LENGTH } from '@stackyard/domain/auth-limits';
import { useId, useState } from 'react';
import { Form, href, Link, useNavigation, useSearchParams } from 'react-router';
import { useHydrated } from '../../lib/use-hydrated.js';
import { GithubSignIn } from './github-sign-in.js';
import type { SignUpFailure, SignUpField } from './sign-up.js';
import './login-form.css';

const PASSWORD_RULE = `At least ${PASSWORD_MIN_LENGTH} characters. Not a common password, and not built on your username or email.`;

/** Username, email and password, each with the server's reason next to it when refused. */
export function SignUpForm({ failure, githubSignIn }: { failure: SignUpFailure | null; githubSignIn: boolean }) {
  const navigation = useNavigation();
  const pending = navigation.formMethod === 'POST';
  const hydrated = useHydrated();
  const [showPassword, setShowPassword] = useState(false);
  const [searchParams] = useSearchParams();
  const next = searchParams.get('next');
  const messageId = useId();
  const fields = failure?.fields ?? {};
  return (
    <section className="login" aria-labelledby="signup-title">
      <h1 id="signup-title">Create your Stackyard account</h1>
      <p className="login__lead">Share the stack you run, vote on what you know, and follow the tools you care about.</p>
      {githubSignIn && <GithubSignIn />}
      <Form method="post" className="login__form" aria-labelledby="signup-title" replace noValidate>
        {failure?.message && (
          <div id={messageId} className="alert login__error" role="alert">
            <p className="alert__title">Could not create your account</p>
            <p>{failure.message}</p>
          </div>
        )}
        <Field name="username" label="Username" problem={fields.username} hint="3-30 letters, digits, “-” or “_”. It is in your profile’s address.">
          {(props) => (
            <input {...props} type="text" required minLength={3} maxLength={30} autoComplete="username" autoCapitalize="none" autoCorrect="off" spellCheck={false} defaultValue={failure?.values.username} />
          )}
        </Field>
        <Field name="email" label="Email" problem={fields.email} hint="Never shown to anyone.">
          {(props) => <input {...props} type="email" required maxLength={254} autoComplete="email" defaultValue={failure?.values.email} />}
        </Field>
        <Field name="password" label="Password" problem={fields.password} hint={PASSWORD_RULE}>
          {(props) => (
            <>
              <input {...props} type={showPassword ? 'text' : 'password'} required minLength={PASSWORD_MIN_LENGTH} maxLength={128} autoComplete="new-password" />
              <label className="login__show">
                <input type="checkbox" checked={showPassword} onChange={(event) => setShowPassword(event.target.checked)} />
                Show password
              </label>
            </>
          )}
        </Field>
        {/* Disabled until the script runs: the account must be created from the browser, which receives the cookie. */}
        <button type="submit" className="button login__submit" disabled={!hydrated} aria-disabled={pending || undefined} onClick={(event) => pending && event.preventDefault()}>
          {pending ? 'Creating your account…' : 'Create account'}
        </button>
        <noscript>
          <p className="login__note">Creating an account needs JavaScript: please turn it on for this site.</p>
        </noscript>
      </Form>
      <p className="login__alt">
        Already have an account? <Link to={next ? `${href('/login')}?next=${encodeURIComponent(next)}` : href('/login')}>Sign in</Link>
      </p>
    </section>
  );
}

interface FieldInputProps {
  id: string;
  name: SignUpField;
  'aria-describedby': string;
  'aria-invalid': true | undefined;
}

/** A label, the input, its hint, and the reason it was refused, tied together for screen readers. */
function Field({ name, label, hint, problem, children }: { name: SignUpField; label: string; hint: string; problem: string | undefined; children: (props: FieldInputProps) => React.ReactNode }) {
  const id = useId();
  const hintId = `${id}-hint`;
  const problemId = `${id}-problem`;
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {children({ id, name, 'aria-describedby': problem ? `${problemId} ${hintId}` : hintId, 'aria-invalid': problem ? true : undefined })}
      {problem && (
        <p id={problemId} className="field__problem">
          {problem}
        </p>
      )}
      <p id={hintId} className="field__hint">
        {hint}
      </p>
    </div>
  );
}
