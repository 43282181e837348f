import { ApiError } from '@stackyard/contract/browser';
import type { Reason, ReasonKind } from '@stackyard/domain';
import { useId, useState } from 'react';
import { describeApiError } from '../../lib/field-errors.js';
import { useHydrated } from '../../lib/use-hydrated.js';
import { useVote } from '../votes/vote-mutations.js';
import { useAddReasonMutation } from './tool-mutations.js';

/** The API's bounds on a pro or con, once its spaces are collapsed. */
const MIN_REASON = 3;
const MAX_REASON = 140;

/** A signed-in member adds a pro or a con; their own vote comes with it. */
export function ToolReasonForm({ slug, toolName }: { slug: string; toolName: string }) {
  const add = useAddReasonMutation(slug);
  const vote = useVote();
  const hydrated = useHydrated();
  const [kind, setKind] = useState<ReasonKind>('pro');
  const [text, setText] = useState('');
  const [message, setMessage] = useState<{ tone: 'ok' | 'problem'; text: string } | null>(null);
  // The pro or con the server says already has these words: the form offers the viewer's vote for it.
  const [existing, setExisting] = useState<Reason | null>(null);
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
        setExisting(null);
        add.mutate(
          { kind, text: trimmed },
          {
            onSuccess: () => {
              setText('');
              setMessage({ tone: 'ok', text: `Added your ${kind}, with your vote.` });
            },
            onError: (error) => {
              setExisting(existingReasonOf(error));
              setMessage({ tone: 'problem', text: describeApiError(error) });
            },
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
          // Until the script runs, what is typed would be lost when it takes the field over.
          disabled={!hydrated}
          aria-describedby={hintId}
          onChange={(event) => setText(event.target.value)}
        />
        <p id={hintId} className="field__hint">
          {MIN_REASON}-{MAX_REASON} characters, e.g. “Easy to configure”.
        </p>
      </div>
      {/* Disabled until the script runs, like the field: before that, pressing it would reload the page with the words in its address. */}
      <button type="submit" className="button" disabled={!hydrated} aria-disabled={add.isPending || undefined}>
        {add.isPending ? 'Adding…' : 'Add'}
      </button>
      <div className="tool-reason-form__message-row" role="status">
        <p className={message?.tone === 'problem' ? 'tool-reason-form__message tool-reason-form__message--problem' : 'tool-reason-form__message'}>{message?.text}</p>
        {existing && (
          <button
            type="button"
            className="button button--quiet"
            aria-disabled={vote.pending || undefined}
            onClick={() => {
              if (vote.pending) return;
              vote.send({ reasonId: existing.id, voted: true }).then(
                (result) => {
                  setExisting(null);
                  setText('');
                  setMessage({ tone: 'ok', text: `Your vote is on “${existing.text}”: ${result.votes} ${result.votes === 1 ? 'vote' : 'votes'} now.` });
                },
                (error: unknown) => setMessage({ tone: 'problem', text: `Your vote was not counted. ${describeApiError(error)}` }),
              );
            }}
          >
            {vote.pending ? 'Voting…' : `Vote for “${existing.text}”`}
          </button>
        )}
      </div>
    </form>
  );
}

/** A 409's `details.reason`: the visible pro or con that already has the words (null when it is hidden). */
function existingReasonOf(error: unknown): Reason | null {
  if (!(error instanceof ApiError) || error.status !== 409) return null;
  const reason = (error.details as { reason?: Reason | null } | undefined)?.reason;
  return reason && typeof reason.id === 'number' && typeof reason.text === 'string' ? reason : null;
}
