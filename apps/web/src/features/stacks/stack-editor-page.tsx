import { useSuspenseQuery } from '@tanstack/react-query';
import { href, Link } from 'react-router';
import { useApi } from '../../lib/api.js';
import { StackDelete } from './stack-delete.js';
import { StackEditor, type EditorTarget } from './stack-editor.js';
import { stackQuery } from './stack-queries.js';

/** /stacks/new: the editor, empty. */
export function StackEditorPage({ target }: { target: EditorTarget }) {
  return (
    <article className="stack-editor-page" aria-labelledby="stack-editor-title">
      <header className="stack-editor-page__header">
        <h1 id="stack-editor-title">{target ? `Edit ${target.stack.name}` : 'Share a stack'}</h1>
        {!target && <p className="stack-editor-page__lead">Name it, add the tools your team runs, and say a word about the ones that need it.</p>}
      </header>
      <StackEditor target={target} />
    </article>
  );
}

/** /stacks/:owner/:slug/edit: the editor filled with the stack, and a way to delete it. */
export function StackEditPage({ owner, slug }: { owner: string; slug: string }) {
  const { data: stack } = useSuspenseQuery(stackQuery(useApi(), owner, slug));
  const toolSlugs = stack.groups.flatMap((layer) => layer.categories.flatMap((category) => category.tools.map((tool) => tool.slug)));
  return (
    <>
      <p className="stack-editor-page__back">
        <Link to={href('/stacks/:owner/:slug', { owner, slug })}>← Back to {stack.name}</Link>
      </p>
      <StackEditorPage target={{ owner, slug, stack }} />
      <StackDelete owner={owner} slug={slug} name={stack.name} toolSlugs={toolSlugs} />
    </>
  );
}
