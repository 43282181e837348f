import { useSuspenseQuery } from '@tanstack/react-query';
import { lazy, memo, Suspense, useMemo } from 'react';
import { href, Link } from 'react-router';
import { useApi } from '../../lib/api.js';
import { StackDelete } from './stack-delete.js';
import type { EditorTarget } from './stack-editor.js';
import { stackQuery } from './stack-queries.js';
// With the page, not with the form's code: the server-rendered form is styled from the first paint.
import './stack-editor.css';

// The form (combobox, tool search, drafts) is its own chunk: the server renders it into the page and the
// browser hydrates it when its code arrives, so the page's first download stays within the budget.
const StackEditor = lazy(() => import('./stack-editor.js').then((module) => ({ default: module.StackEditor })));

/**
 * /stacks/new: the editor, empty. Memoised: until the form's chunk arrives its server-rendered HTML waits to
 * be hydrated, and a re-render reaching it with new props then would have React throw that HTML away and
 * render the form again in the browser.
 */
export const StackEditorPage = memo(function StackEditorPage({ target }: { target: EditorTarget }) {
  return (
    <article className="stack-editor-page" aria-labelledby="stack-editor-title">
      <header className="stack-editor-page__header">
        <h1 id="stack-editor-title">{target ? `Edit ${target.stack.name}` : 'Share a stack'}</h1>
        {!target && <p className="stack-editor-page__lead">Name it, add the tools your team runs, and say a word about the ones that need it.</p>}
      </header>
      <Suspense fallback={<p role="status" className="stack-editor-page__loading">Opening the editor…</p>}>
        <StackEditor target={target} />
      </Suspense>
    </article>
  );
});

/** /stacks/:owner/:slug/edit: the editor filled with the stack, and a way to delete it. */
export function StackEditPage({ owner, slug }: { owner: string; slug: string }) {
  const { data: stack } = useSuspenseQuery(stackQuery(useApi(), owner, slug));
  const target = useMemo(() => ({ owner, slug, stack }), [owner, slug, stack]);
  const toolSlugs = stack.groups.flatMap((layer) => layer.categories.flatMap((category) => category.tools.map((tool) => tool.slug)));
  return (
    <>
      <p className="stack-editor-page__back">
        <Link to={href('/stacks/:owner/:slug', { owner, slug })}>← Back to {stack.name}</Link>
      </p>
      <StackEditorPage target={target} />
      <StackDelete owner={owner} slug={slug} name={stack.name} toolSlugs={toolSlugs} />
    </>
  );
}

/** Someone who may see the stack but is neither its owner nor a moderator (the API would refuse with a 403). */
export function StackEditForbidden({ owner, slug }: { owner: string; slug: string }) {
  const { data: stack } = useSuspenseQuery(stackQuery(useApi(), owner, slug));
  return (
    <section className="stack-editor-page" aria-labelledby="stack-forbidden-title">
      <p className="stack-editor-page__status">Error 403</p>
      <h1 id="stack-forbidden-title">Only its owner can edit this stack</h1>
      <p>
        {stack.name} belongs to @{stack.owner.username}. <Link to={href('/stacks/:owner/:slug', { owner, slug })}>Back to the stack</Link>, or{' '}
        <Link to={href('/stacks/new')}>share a stack of your own</Link>.
      </p>
    </section>
  );
}
