import { useId, type ReactNode } from 'react';

/** What a field's control is given to be tied to its label, hint and problem. */
export interface FieldControlProps {
  id: string;
  name: string;
  'aria-describedby': string | undefined;
  'aria-invalid': true | undefined;
}

interface SettingsFieldProps {
  name: string;
  label: string;
  hint?: ReactNode;
  /** Why the page or the server refused what is in the field, shown right under it. */
  problem?: string | undefined;
  children: (props: FieldControlProps) => ReactNode;
}

/** A label, its control, the reason it was refused and a hint, tied together for screen readers. */
export function SettingsField({ name, label, hint, problem, children }: SettingsFieldProps) {
  const id = useId();
  const hintId = hint ? `${id}-hint` : null;
  const problemId = problem ? `${id}-problem` : null;
  const describedBy = [problemId, hintId].filter(Boolean).join(' ') || undefined;
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {children({ id, name, 'aria-describedby': describedBy, 'aria-invalid': problem ? true : undefined })}
      {problem && (
        <p id={problemId!} className="field__problem">
          {problem}
        </p>
      )}
      {hint && (
        <p id={hintId!} className="field__hint">
          {hint}
        </p>
      )}
    </div>
  );
}

/** The line under a form that says what is happening: saving, saved, or why it failed (then as an alert). */
export function FormStatus({ pending, pendingText, done, error }: { pending: boolean; pendingText: string; done: string | null; error: string | null }) {
  if (error && !pending) {
    return (
      <p className="settings-status settings-status--error" role="alert">
        {error}
      </p>
    );
  }
  return (
    <p className={done && !pending ? 'settings-status settings-status--done' : 'settings-status'} role="status">
      {pending ? pendingText : done}
    </p>
  );
}
