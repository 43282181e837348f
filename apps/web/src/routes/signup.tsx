import type { MetaDescriptor } from 'react-router';
import type { Route } from './+types/signup';
import { SignUpForm } from '../features/auth/signup-form.js';
import { signUp } from '../features/auth/sign-up.js';
import { NOT_SENT } from '../features/auth/sign-in.js';
import { useSiteSettings } from '../features/site/site-settings.js';
import { pageData } from '../lib/page-data.js';
import { pageMeta } from '../lib/page-meta.js';

const page = pageData(async () => null);
export const loader = page.loader;
export const clientLoader = page.clientLoader;

// In the browser the form is sent by clientAction; this only sees a form posted before the script ran.
export function action() {
  return { fields: {}, message: NOT_SENT.error, values: { username: '', email: '' } };
}

export async function clientAction({ request }: Route.ClientActionArgs) {
  return signUp(request);
}

export function meta({ loaderData }: Route.MetaArgs): MetaDescriptor[] {
  return [
    ...pageMeta({
      title: 'Create an account',
      description: 'Join Stackyard: share the stack your team runs, vote on the pros and cons of tools, and follow what you use.',
      path: '/signup',
      origin: loaderData.origin,
    }),
    { name: 'robots', content: 'noindex, follow' },
  ];
}

export default function SignupRoute({ actionData }: Route.ComponentProps) {
  return <SignUpForm failure={actionData ?? null} githubSignIn={useSiteSettings().githubSignIn} />;
}
