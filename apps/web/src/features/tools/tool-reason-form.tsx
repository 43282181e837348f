import { ApiError } from '@stackyard/contract/browser';
import type { ReasonKind } from '@stackyard/domain';
import { useId, useState } from 'react';
import { useAddReasonMutation } from './tool-mutations.js';

/** The API's bounds on a pro or con, once its spaces are collapsed. */
const MIN_REASON = 3;
const MAX_REASON = 140;

/** A signed-in member adds a pro or a con; their own vote comes with it. */
export function ToolReasonForm({ slug, toolName }: { slug: string; toolName: string }) {
  const add = useAddReasonMutation(slug);
  const [kind, setKind] = useState<ReasonKind>('pro');
  const [text, setText] = useState('');
  const [message, setMessage] = useState<{ tone: 'ok' | 'problem'; text: string } | null>(null);
  const textId = useId();
  const hintId = useId();

  return (
    <form
      className="tool-reason-form"
      aria-label={`Add a pro or con of ${toolName}`}
      onSubmit={(event) => {
        event.preventDefault();
        if (add.isPending) return;
        const trimmed = text.trim().replace(/\s+/g, ' ');
        if (trimmed.length < MIN_REASON) {
          setMessage({ tone: 'problem', text: `Write at least ${MIN_REASON} characters.` });
          return;
        }
        setMessage(null);
        add.mutate(
          { kind, text: trimmed },
          {
            onSuccess: () => {
              setText('');
              setMessage({ tone: 'ok', text: `Added your ${kind}, with your vote.` });
            },
            onError: (error) => setMessage({ tone: 'problem', text: describeAddError(error, kind) }),
          },
        );
      }}
    >
      <fieldset className="tool-reason-form__kind">
        <legend>Add a</legend>
        {(['pro', 'con'] as const).map((value) => (
          <label key={value}>
            <input type="radio" name="kind" value={value} checked={kind === value} onChange={() => setKind(value)} />
            {value === 'pro' ? 'Pro' : 'Con'}
          </label>
        ))}
      </fieldset>
      <div className="field tool-reason-form__text">
        <label htmlFor={textId}>In a few words</label>
        <input
          id={textId}
          name="text"
          value={text}
          maxLength={MAX_REASON}
          required
          aria-describedby={hintId}
          onChange={(event) => setText(event.target.value)}
        />
        <p id={hintId} className="field__hint">
          {MIN_REASON}-{MAX_REASON} characters, e.g. “Easy to configure”.
        </p>
      </div>
      <button type="submit" className="button" aria-disabled={add.isPending}>
        {add.isPending ? 'Adding…' : 'Add'}
      </button>
      <p className={message?.tone === 'problem' ? 'tool-reason-form__message tool-reason-form__message--problem' : 'tool-reason-form__message'} role="status">
        {message?.text}
      </p>
    </form>
  );
}

function describeAddError(error: unknown, kind: ReasonKind): string {
  if (error instanceof ApiError) {
    if (error.status === 409) return `That ${kind} is already listed: vote for it instead.`;
    if (error.status === 429 && error.retryAfterSeconds !== undefined) return `${error.message} Try again in ${error.retryAfterSeconds} s.`;
    return error.message;
  }
  return 'That did not reach the server. Check your connection and try again.';
}
