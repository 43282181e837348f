import { ApiError } from '@stackyard/contract/browser';
import type { Account } from '@stackyard/domain';
import { useState, type FormEvent } from 'react';
import { formProblem, type FormProblem } from '../../lib/field-errors.js';
import { useHydrated } from '../../lib/use-hydrated.js';
import { FormStatus, SettingsField } from './settings-field.js';
import { useDeleteAccountMutation } from './settings-mutations.js';

type DeleteField = 'password' | 'confirm';

/** A refused password (403) belongs next to the password field. */
function deleteProblem(error: unknown): FormProblem<DeleteField> {
  if (error instanceof ApiError && error.status === 403 && error.code === 'forbidden') {
    return { fields: { password: 'That is not your password. Type it again to delete the account.' }, message: null };
  }
  return formProblem(error, ['password'] as const);
}

/** Deletes the account for good: the password (when it has one) and a confirmation first. */
export function DeleteAccountForm({ viewer }: { viewer: Account }) {
  const remove = useDeleteAccountMutation();
  // The submit button waits for the script: a form sent before it would go to the page itself, not the API.
  const hydrated = useHydrated();
  const [local, setLocal] = useState<Partial<Record<DeleteField, string>> | null>(null);
  const server = remove.isError ? deleteProblem(remove.error) : null;
  const problems = local ?? server?.fields ?? {};

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (remove.isPending) return;
    const form = new FormData(event.currentTarget);
    const password = String(form.get('password') ?? '');
    const fields: Partial<Record<DeleteField, string>> = {};
    if (viewer.hasPassword && !password) fields.password = 'Enter your password to confirm it is you.';
    if (form.get('confirm') !== 'yes') fields.confirm = 'Tick this box to confirm that everything listed above goes for good.';
    if (Object.keys(fields).length > 0) {
      setLocal(fields);
      return;
    }
    setLocal(null);
    remove.mutate(viewer.hasPassword ? password : undefined);
  };

  return (
    <form method="post" className="settings-form settings-form--danger" onSubmit={submit} noValidate aria-busy={remove.isPending || undefined} aria-labelledby="settings-delete-title">
      <p className="settings-note">
        Deleting @{viewer.username} removes your profile, your stacks, decisions and pros and cons, your votes and follows, your sessions and API tokens. It
        cannot be undone.
      </p>
      {viewer.hasPassword && (
        <SettingsField name="password" label="Your password" problem={problems.password}>
          {(props) => <input {...props} type="password" required maxLength={1024} autoComplete="current-password" />}
        </SettingsField>
      )}
      <ConfirmBox problem={problems.confirm} />
      <div className="settings-form__actions">
        <button type="submit" disabled={!hydrated} className="button settings-button--danger" aria-disabled={remove.isPending || undefined}>
          {remove.isPending ? 'Deleting…' : 'Delete my account'}
        </button>
      </div>
      <FormStatus pending={remove.isPending} pendingText="Deleting your account…" done={null} error={server?.message ?? null} />
    </form>
  );
}

function ConfirmBox({ problem }: { problem: string | undefined }) {
  return (
    <div className="field">
      <label className="settings-check">
        <input type="checkbox" name="confirm" value="yes" aria-invalid={problem ? true : undefined} aria-describedby={problem ? 'settings-delete-confirm-problem' : undefined} />
        I understand that my account and everything I shared are deleted for good
      </label>
      {problem && (
        <p id="settings-delete-confirm-problem" className="field__problem">
          {problem}
        </p>
      )}
    </div>
  );
}
