import { lazy, Suspense } from 'react';
import type { MetaDescriptor } from 'react-router';
import { useLocation } from 'react-router';
import type { Route } from './+types/decisions.new';
import { prefilledStack, prefilledTools } from '../features/decisions/decision-editor-params.js';
import { toolQuery } from '../features/tools/tool-queries.js';
import { profileQuery } from '../features/users/user-queries.js';
import { PRIVATE_PAGE, privatePageData } from '../features/auth/private-page.js';
import { pageMeta } from '../lib/page-meta.js';
// The editor's styles come with the page, so nothing moves when its code arrives (the preview's, for a
// panel hidden until asked for, come with the editor's code).
import '../features/decisions/decision-editor.css';

// The editor (with the domain's schemas, to check a draft before it is sent) is a chunk of its own: rendered
// on the server, hydrated when its code arrives.
const DecisionEditor = lazy(() => import('../features/decisions/decision-editor.js').then((module) => ({ default: module.DecisionEditor })));

const page = privatePageData(async ({ queries, api }, { request, viewer }) => {
  const url = new URL(request.url);
  const slugs = prefilledTools(url.searchParams.get('tools'));
  const [profile, ...tools] = await Promise.all([
    queries.ensureQueryData(profileQuery(api, viewer.username)),
    // A tool the address names but the catalogue does not know is simply not prefilled.
    ...slugs.map((slug) => queries.ensureQueryData(toolQuery(api, slug)).catch(() => null)),
  ]);
  const stacks = profile.stacks.map((stack) => ({ owner: stack.owner.username, slug: stack.slug, name: stack.name }));
  return {
    stacks,
    tools: tools.flatMap((tool) => (tool ? [{ slug: tool.slug, name: tool.name, logoUrl: tool.logoUrl }] : [])),
    stack: prefilledStack(url.searchParams.get('stack'), stacks),
  };
});
export const loader = page.loader;
export const clientLoader = page.clientLoader;
export const handle = PRIVATE_PAGE;

export function meta({ loaderData }: Route.MetaArgs): MetaDescriptor[] {
  return [...pageMeta({ title: 'Write a decision', description: 'Write a decision on Stackyard.', path: '/decisions/new', origin: loaderData.origin }), { name: 'robots', content: 'noindex' }];
}

export default function Page({ loaderData }: Route.ComponentProps) {
  const { head } = loaderData;
  // Another prefill (a link from a tool page while here) starts a new draft.
  const { search } = useLocation();
  return (
    <div className="decision-new">
      <h1>Write a decision</h1>
      <p className="muted">Explain why your team chose a tool, and over what: the next team weighing it will thank you.</p>
      <Suspense fallback={null}>
        <DecisionEditor key={search} initialTools={head.tools} initialStack={head.stack} stacks={head.stacks} />
      </Suspense>
    </div>
  );
}
