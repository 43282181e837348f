import { ApiError } from '@stackyard/contract/browser';
import type { ApiToken } from '@stackyard/domain';
import { useSuspenseQuery } from '@tanstack/react-query';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { DateTime } from '../../components/date-time.js';
import { useApi } from '../../lib/api.js';
import { describeApiError, formProblem, type FormProblem } from '../../lib/field-errors.js';
import { NewToken } from './new-token.js';
import { useHydrated } from '../../lib/use-hydrated.js';
import { FormStatus, SettingsField } from './settings-field.js';
import { DEFAULT_TOKEN_LIFETIME, readTokenForm, TOKEN_FIELDS, TOKEN_LIFETIMES, TOKEN_NAME_MAX, type TokenField } from './settings-forms.js';
import { useCreateTokenMutation, useRevokeTokenMutation } from './settings-mutations.js';
import { tokensQuery } from './settings-queries.js';

/** The account's API tokens for the command-line tool: a list to revoke from, and a form to create one. */
export function TokensSection() {
  const { data: tokens } = useSuspenseQuery(tokensQuery(useApi()));
  const revoke = useRevokeTokenMutation();
  return (
    <>
      <CreateTokenForm />
      {tokens.length === 0 ? (
        <p className="empty-state">
          You have no API tokens. A token lets the <code>stackyard</code> command-line tool, or a script of yours, act as you: it sends the token as{' '}
          <code>Authorization: Bearer …</code>. Create one above for each machine, named after it, so you can revoke one without the others.
        </p>
      ) : (
        <ul className="settings-list" aria-label="API tokens">
          {tokens.map((token) => (
            <TokenItem key={token.id} token={token} revoking={revoke.isPending && revoke.variables === token.id} onRevoke={() => revoke.mutate(token.id)} />
          ))}
        </ul>
      )}
      {revoke.isError && (
        <p className="settings-status settings-status--error" role="alert">
          Could not revoke the token. {describeApiError(revoke.error)}
        </p>
      )}
    </>
  );
}

/** Names are unique per account: the server's 409 belongs next to the name. */
function tokenProblem(error: unknown): FormProblem<TokenField> {
  if (error instanceof ApiError && error.status === 409) return { fields: { name: `${error.message}. Choose another name.` }, message: null };
  return formProblem(error, TOKEN_FIELDS);
}

function CreateTokenForm() {
  const create = useCreateTokenMutation();
  // The submit button waits for the script: a form sent before it would go to the page itself, not the API.
  const hydrated = useHydrated();
  const form = useRef<HTMLFormElement>(null);
  const nameInput = useRef<HTMLInputElement>(null);
  const [local, setLocal] = useState<Partial<Record<TokenField, string>> | null>(null);
  // The secret stays on screen until dismissed, even if another attempt fails meanwhile; never in the cache.
  const [shown, setShown] = useState<{ id: number; name: string; secret: string } | null>(null);
  const server = create.isError ? tokenProblem(create.error) : null;
  const problems = local ?? server?.fields ?? {};

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (create.isPending) return;
    const reading = readTokenForm(new FormData(event.currentTarget));
    if (!reading.ok) {
      setLocal(reading.fields);
      return;
    }
    setLocal(null);
    create.mutate(reading.body, {
      onSuccess: ({ token, secret }) => {
        setShown({ id: token.id, name: token.name, secret });
        form.current?.reset();
      },
    });
  };

  return (
    <>
      {shown && (
        <NewToken
          key={shown.id}
          name={shown.name}
          secret={shown.secret}
          onDone={() => {
            setShown(null);
            // The panel and its button go; focus lands where the next token would be named.
            nameInput.current?.focus();
          }}
        />
      )}
      <form method="post" ref={form} className="settings-form settings-form--token" onSubmit={submit} noValidate aria-busy={create.isPending || undefined} aria-label="Create an API token">
        <div className="settings-form__row">
          <SettingsField name="name" label="Token name" problem={problems.name} hint="Where it will be used, such as “work laptop” or “CI”.">
            {(props) => <input {...props} ref={nameInput} type="text" required maxLength={TOKEN_NAME_MAX} autoComplete="off" />}
          </SettingsField>
          <SettingsField name="expiresInDays" label="Expires after" problem={problems.expiresInDays}>
            {(props) => (
              <select {...props} defaultValue={DEFAULT_TOKEN_LIFETIME}>
                {TOKEN_LIFETIMES.map((option) => (
                  <option key={option.value} value={option.value}>
                    {option.label}
                  </option>
                ))}
              </select>
            )}
          </SettingsField>
        </div>
        <div className="settings-form__actions">
          <button type="submit" disabled={!hydrated} className="button" aria-disabled={create.isPending || undefined}>
            {create.isPending ? 'Creating…' : 'Create token'}
          </button>
        </div>
        <FormStatus pending={create.isPending} pendingText="Creating the token…" done={null} error={server?.message ?? null} />
      </form>
    </>
  );
}

/** One token with its dates; revoking asks first, in place. */
function TokenItem({ token, revoking, onRevoke }: { token: ApiToken; revoking: boolean; onRevoke: () => void }) {
  const [asking, setAsking] = useState(false);
  const confirm = useRef<HTMLButtonElement>(null);
  const start = useRef<HTMLButtonElement>(null);
  const wasAsking = useRef(false);
  // Focus follows the question: onto its answer when asked, back to the button when kept.
  useEffect(() => {
    if (asking) confirm.current?.focus();
    else if (wasAsking.current) start.current?.focus();
    wasAsking.current = asking;
  }, [asking]);

  return (
    <li className="settings-item">
      <div className="settings-item__text">
        <p className="settings-item__title">
          {token.name}
          {token.expired && <span className="settings-badge settings-badge--warning">Expired</span>}
        </p>
        <p className="settings-item__facts">
          Created <DateTime value={token.createdAt} /> ·{' '}
          {token.expiresAt ? (
            <>
              {token.expired ? 'expired' : 'expires'} <DateTime value={token.expiresAt} />
            </>
          ) : (
            'never expires'
          )}{' '}
          · {token.lastUsedAt ? <>last used <DateTime value={token.lastUsedAt} withTime /></> : 'never used'}
        </p>
      </div>
      {asking || revoking ? (
        <div className="settings-confirm" role="group" aria-label={`Revoke ${token.name}?`}>
          <p className="settings-confirm__question">Revoke “{token.name}”? Whatever uses it is refused from now on.</p>
          <div className="settings-confirm__buttons">
            <button ref={confirm} type="button" className="button settings-button--danger" aria-disabled={revoking || undefined} onClick={() => !revoking && onRevoke()}>
              {revoking ? 'Revoking…' : 'Revoke token'}
            </button>
            <button type="button" className="button button--quiet" disabled={revoking} onClick={() => setAsking(false)}>
              Keep it
            </button>
          </div>
        </div>
      ) : (
        <button ref={start} type="button" className="button button--quiet settings-item__action" aria-label={`Revoke ${token.name}`} onClick={() => setAsking(true)}>
          Revoke
        </button>
      )}
    </li>
  );
}
