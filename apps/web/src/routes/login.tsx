import type { MetaDescriptor } from 'react-router';
import type { Route } from './+types/login';
import { LoginForm } from '../features/auth/login-form.js';
import { NOT_SENT, signIn } from '../features/auth/sign-in.js';
import { useSiteSettings } from '../features/site/site-settings.js';
import { pageData } from '../lib/page-data.js';
import { pageMeta } from '../lib/page-meta.js';

const page = pageData(async () => null);
export const loader = page.loader;
export const clientLoader = page.clientLoader;

// In the browser the form is sent by clientAction; this only sees a form posted before the script ran.
export function action() {
  return NOT_SENT;
}

export async function clientAction({ request }: Route.ClientActionArgs) {
  return signIn(request);
}

export function meta({ loaderData }: Route.MetaArgs): MetaDescriptor[] {
  return [
    ...pageMeta({
      title: 'Sign in',
      description: 'Sign in to Stackyard to vote on pros and cons, follow tools, stacks and people, and share your stack.',
      path: '/login',
      origin: loaderData.origin,
    }),
    { name: 'robots', content: 'noindex, follow' },
  ];
}

export default function LoginRoute({ actionData }: Route.ComponentProps) {
  return <LoginForm error={actionData?.error ?? null} githubSignIn={useSiteSettings().githubSignIn} />;
}
