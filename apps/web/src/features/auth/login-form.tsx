import { useId, useState } from 'react';
import { Form, href, Link, useNavigation, useSearchParams } from 'react-router';
import { useHydrated } from '../../lib/use-hydrated.js';
import { GithubSignIn } from './github-sign-in.js';
import './login-form.css';

/** Username or email and password. Submitting runs the route's clientAction (see sign-in.ts). */
export function LoginForm({ error, githubSignIn }: { error: string | null; githubSignIn: boolean }) {
  const navigation = useNavigation();
  // Set while the form is being sent and while the page it leads to loads.
  const pending = navigation.formMethod === 'POST';
  const [showPassword, setShowPassword] = useState(false);
  const hydrated = useHydrated();
  const errorId = useId();
  const describedBy = error ? errorId : undefined;
  const next = useSearchParams()[0].get('next');
  return (
    <section className="login" aria-labelledby="login-title">
      <h1 id="login-title">Sign in to Stackyard</h1>
      <p className="login__lead">Vote on pros and cons, follow tools and people, and share the stack you run.</p>
      {githubSignIn && <GithubSignIn />}
      <Form method="post" className="login__form" aria-labelledby="login-title" replace>
        {error && (
          <div id={errorId} className="alert login__error" role="alert">
            <p className="alert__title">Could not sign you in</p>
            <p>{error}</p>
          </div>
        )}
        <div className="field">
          <label htmlFor="login-login">Username or email</label>
          <input id="login-login" name="login" type="text" required maxLength={254} autoComplete="username" autoCapitalize="none" autoCorrect="off" spellCheck={false} aria-describedby={describedBy} aria-invalid={error ? true : undefined} />
        </div>
        <div className="field">
          <label htmlFor="login-password">Password</label>
          <input id="login-password" name="password" type={showPassword ? 'text' : 'password'} required maxLength={1024} autoComplete="current-password" aria-describedby={describedBy} aria-invalid={error ? true : undefined} />
          <label className="login__show">
            <input type="checkbox" checked={showPassword} onChange={(event) => setShowPassword(event.target.checked)} />
            Show password
          </label>
        </div>
        {/*
          Disabled until the script runs: the sign-in must go from the browser (it receives the cookie), and
          a disabled default button also stops Enter from posting the form to the server meanwhile.
        */}
        <button
          type="submit"
          className="button login__submit"
          disabled={!hydrated}
          aria-disabled={pending || undefined}
          onClick={(event) => pending && event.preventDefault()}
        >
          {pending ? 'Signing in…' : 'Sign in'}
        </button>
        <noscript>
          <p className="login__note">Signing in needs JavaScript: please turn it on for this site.</p>
        </noscript>
      </Form>
      <p className="login__alt">
        New to Stackyard? <Link to={next ? `${href('/signup')}?next=${encodeURIComponent(next)}` : href('/signup')}>Create an account</Link>
      </p>
    </section>
  );
}
