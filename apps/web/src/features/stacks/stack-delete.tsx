import { useRef, useState } from 'react';
import { href, useNavigate } from 'react-router';
import { describeApiError } from '../../lib/field-errors.js';
import { draftKey } from './stack-draft.js';
import { useDeleteStackMutation } from './stack-mutations.js';
import './stack-editor.css';

interface StackDeleteProps {
  owner: string;
  slug: string;
  name: string;
  toolSlugs: string[];
}

/**
 * "Delete stack" asks first in a modal <dialog> (focus moves into it, Escape or "Keep it" closes it and the
 * focus returns to the button), then deletes and goes to the owner's profile.
 */
export function StackDelete({ owner, slug, name, toolSlugs }: StackDeleteProps) {
  const navigate = useNavigate();
  const dialog = useRef<HTMLDialogElement>(null);
  const opener = useRef<HTMLButtonElement>(null);
  const keep = useRef<HTMLButtonElement>(null);
  const [open, setOpen] = useState(false);
  const remove = useDeleteStackMutation({ owner, slug }, toolSlugs, () => {
    try {
      window.localStorage.removeItem(draftKey({ owner, slug }));
    } catch {
      // No storage: no draft either.
    }
    dialog.current?.close();
    return navigate(href('/users/:username', { username: owner }));
  });

  const show = () => {
    remove.reset();
    dialog.current?.showModal();
    setOpen(true);
    // The safe choice takes the focus: Enter by habit keeps the stack.
    keep.current?.focus();
  };
  const close = () => dialog.current?.close();

  const confirm = () => {
    if (remove.isPending) return;
    remove.mutate();
  };

  return (
    <section className="stack-danger" aria-labelledby="stack-danger-title">
      <h2 id="stack-danger-title">Delete this stack</h2>
      <p>Its page, its tools and their notes go; the tools’ stack counts fall by one. Decisions written about it stay.</p>
      <button ref={opener} type="button" className="button button--danger" aria-haspopup="dialog" aria-expanded={open} onClick={show}>
        Delete stack
      </button>
      <dialog
        ref={dialog}
        className="stack-dialog"
        aria-labelledby="stack-dialog-title"
        aria-describedby="stack-dialog-text"
        onClose={() => {
          setOpen(false);
          opener.current?.focus();
        }}
      >
        <h2 id="stack-dialog-title">Delete “{name}”?</h2>
        <p id="stack-dialog-text">This cannot be undone. The stack leaves your profile and every tool’s page.</p>
        {remove.isError && (
          <p className="field__problem" role="alert">
            {describeApiError(remove.error)}
          </p>
        )}
        <div className="stack-dialog__actions" aria-busy={remove.isPending || undefined}>
          <button type="button" className="button button--danger" aria-disabled={remove.isPending || undefined} onClick={confirm}>
            {remove.isPending ? 'Deleting…' : 'Delete for good'}
          </button>
          <button ref={keep} type="button" className="button button--quiet" onClick={close}>
            Keep it
          </button>
        </div>
        <p className="visually-hidden" role="status">
          {remove.isPending ? 'Deleting the stack…' : ''}
        </p>
      </dialog>
    </section>
  );
}
