import { ApiError } from '@stackyard/contract/browser';
import type { Account } from '@stackyard/domain';
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from '@stackyard/domain/auth-limits';
import { useRef, useState, type FormEvent } from 'react';
import { formProblem, type FormProblem } from '../../lib/field-errors.js';
import { useHydrated } from '../../lib/use-hydrated.js';
import { FormStatus, SettingsField } from './settings-field.js';
import { PASSWORD_FIELDS, passwordChangeSummary, readPasswordForm, type PasswordField } from './settings-forms.js';
import { useChangePasswordMutation } from './settings-mutations.js';

const NEW_PASSWORD_HINT = `At least ${PASSWORD_MIN_LENGTH} characters. Not a common password, and not built on your username or email. Changing it signs out every other session and revokes your API tokens.`;

/** Where the server's refusal belongs: a wrong current password (403) next to that field, the policy's reason next to the new one. */
function passwordProblem(error: unknown): FormProblem<PasswordField> {
  if (error instanceof ApiError && error.status === 403 && error.code === 'forbidden') {
    return { fields: { currentPassword: 'That is not your current password. Type it again.' }, message: null };
  }
  return formProblem(error, PASSWORD_FIELDS);
}

/** The current password, a new one and the same again; the answer says what else the change ended. */
export function PasswordForm({ viewer }: { viewer: Account }) {
  const change = useChangePasswordMutation();
  // The submit button waits for the script: a form sent before it would go to the page itself, not the API.
  const hydrated = useHydrated();
  const form = useRef<HTMLFormElement>(null);
  const [local, setLocal] = useState<Partial<Record<PasswordField, string>> | null>(null);
  const [show, setShow] = useState(false);
  const server = change.isError ? passwordProblem(change.error) : null;
  const problems = local ?? server?.fields ?? {};

  if (!viewer.hasPassword) {
    return <p className="settings-note">Your account signs in with GitHub and has no password here, so there is none to change.</p>;
  }

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (change.isPending) return;
    const reading = readPasswordForm(new FormData(event.currentTarget));
    if (!reading.ok) {
      setLocal(reading.fields);
      return;
    }
    setLocal(null);
    change.mutate(reading.body, { onSuccess: () => form.current?.reset() });
  };

  const type = show ? 'text' : 'password';
  return (
    <form method="post" ref={form} className="settings-form" onSubmit={submit} noValidate aria-busy={change.isPending || undefined} aria-labelledby="settings-password-title">
      {/* For password managers: which account this password belongs to. */}
      <input type="text" name="username" autoComplete="username" value={viewer.username} readOnly hidden />
      <SettingsField name="currentPassword" label="Current password" problem={problems.currentPassword}>
        {(props) => <input {...props} type={type} required maxLength={1024} autoComplete="current-password" />}
      </SettingsField>
      <SettingsField name="newPassword" label="New password" problem={problems.newPassword} hint={NEW_PASSWORD_HINT}>
        {(props) => <input {...props} type={type} required minLength={PASSWORD_MIN_LENGTH} maxLength={PASSWORD_MAX_LENGTH} autoComplete="new-password" />}
      </SettingsField>
      <SettingsField name="repeatPassword" label="Repeat the new password" problem={problems.repeatPassword}>
        {(props) => <input {...props} type={type} required maxLength={PASSWORD_MAX_LENGTH} autoComplete="new-password" />}
      </SettingsField>
      <label className="settings-check">
        <input type="checkbox" checked={show} onChange={(event) => setShow(event.target.checked)} />
        Show passwords
      </label>
      <div className="settings-form__actions">
        <button type="submit" disabled={!hydrated} className="button" aria-disabled={change.isPending || undefined}>
          {change.isPending ? 'Changing…' : 'Change password'}
        </button>
      </div>
      <FormStatus
        pending={change.isPending}
        pendingText="Changing your password…"
        done={change.isSuccess ? passwordChangeSummary(change.data.endedSessions, change.data.revokedApiTokens) : null}
        error={server?.message ?? null}
      />
    </form>
  );
}
