import type { Account } from '@stackyard/domain';
import { useState, type FormEvent } from 'react';
import { href, Link } from 'react-router';
import { formProblem } from '../../lib/field-errors.js';
import { UserAvatar } from '../users/user-avatar.js';
import { avatarSrc } from '../users/user-format.js';
import { useHydrated } from '../../lib/use-hydrated.js';
import { FormStatus, SettingsField } from './settings-field.js';
import { BIO_MAX, DISPLAY_NAME_MAX, PROFILE_FIELDS, readProfileForm, WEB_URL_MAX, webAddressProblem, type ProfileField } from './settings-forms.js';
import { useUpdateProfileMutation } from './settings-mutations.js';

type Values = Record<ProfileField, string>;

function valuesOf(account: Account): Values {
  return { displayName: account.displayName ?? '', bio: account.bio ?? '', avatarUrl: account.avatarUrl ?? '', websiteUrl: account.websiteUrl ?? '' };
}

/** Display name, bio, picture and website, as the profile page shows them. */
export function ProfileForm({ viewer }: { viewer: Account }) {
  const update = useUpdateProfileMutation();
  // The submit button waits for the script: a form sent before it would go to the page itself, not the API.
  const hydrated = useHydrated();
  const [values, setValues] = useState<Values>(() => valuesOf(viewer));
  const [local, setLocal] = useState<Partial<Record<ProfileField, string>> | null>(null);
  const server = update.isError ? formProblem(update.error, PROFILE_FIELDS) : null;
  const problems = local ?? server?.fields ?? {};

  const change = (field: ProfileField) => (event: { target: { value: string } }) => {
    setValues((current) => ({ ...current, [field]: event.target.value }));
    if (update.isSuccess) update.reset();
  };

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (update.isPending) return;
    const reading = readProfileForm(new FormData(event.currentTarget));
    if (!reading.ok) {
      setLocal(reading.fields);
      return;
    }
    setLocal(null);
    // The server writes addresses as the URL parser does; the fields take what it stored.
    update.mutate(reading.body, { onSuccess: (account) => setValues(valuesOf(account)) });
  };

  return (
    <form method="post" className="settings-form" onSubmit={submit} noValidate aria-busy={update.isPending || undefined} aria-labelledby="settings-profile-title">
      <SettingsField name="displayName" label="Display name" problem={problems.displayName} hint={`Shown instead of @${viewer.username} beside what you write. Leave it empty to show your username.`}>
        {(props) => <input {...props} type="text" maxLength={DISPLAY_NAME_MAX} autoComplete="name" value={values.displayName} onChange={change('displayName')} />}
      </SettingsField>
      <SettingsField name="bio" label="Bio" problem={problems.bio} hint={`What you work on, in up to ${BIO_MAX} characters.`}>
        {(props) => <textarea {...props} rows={4} maxLength={BIO_MAX} value={values.bio} onChange={change('bio')} />}
      </SettingsField>
      <div className="settings-avatar">
        <AvatarPreview username={viewer.username} displayName={values.displayName} url={values.avatarUrl} />
        <SettingsField name="avatarUrl" label="Picture address (URL)" problem={problems.avatarUrl} hint="An https:// address of a square image. Leave it empty to show your initials.">
          {(props) => <input {...props} type="url" inputMode="url" maxLength={WEB_URL_MAX} autoComplete="photo" placeholder="https://" value={values.avatarUrl} onChange={change('avatarUrl')} />}
        </SettingsField>
      </div>
      <SettingsField name="websiteUrl" label="Website" problem={problems.websiteUrl} hint="Linked from your profile.">
        {(props) => <input {...props} type="url" inputMode="url" maxLength={WEB_URL_MAX} autoComplete="url" placeholder="https://" value={values.websiteUrl} onChange={change('websiteUrl')} />}
      </SettingsField>
      <div className="settings-form__actions">
        <button type="submit" disabled={!hydrated} className="button" aria-disabled={update.isPending || undefined}>
          {update.isPending ? 'Saving…' : 'Save profile'}
        </button>
        <Link to={href('/users/:username', { username: viewer.username })}>See your profile</Link>
      </div>
      <FormStatus pending={update.isPending} pendingText="Saving your profile…" done={update.isSuccess ? 'Saved. Your profile shows the new details.' : null} error={server?.message ?? null} />
    </form>
  );
}

/** The picture as it will be shown (the avatar of the header and the profile), from what is typed now. */
function AvatarPreview({ username, displayName, url }: { username: string; displayName: string; url: string }) {
  const typed = url.trim();
  const src = webAddressProblem(typed || null) ? null : avatarSrc(typed || null);
  const note = !typed ? 'Your initials' : src ? 'Preview' : typed.startsWith('http://') ? 'Only https:// pictures are shown' : 'Not a picture address yet';
  return (
    <figure className="settings-avatar__preview">
      {/* Keyed by the address, so a picture that failed to load does not hide the next one. */}
      <UserAvatar key={src ?? ''} user={{ username, displayName: displayName.trim() || null, avatarUrl: src }} size="lg" />
      <figcaption>{note}</figcaption>
    </figure>
  );
}
