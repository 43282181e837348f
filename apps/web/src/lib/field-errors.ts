import { ApiError } from '@stackyard/contract/browser';

/** A refused form's messages: one per field the server named, and one for the form as a whole. */
export interface FormProblem<Field extends string> {
  fields: Partial<Record<Field, string>>;
  message: string | null;
}

/**
 * What to show next to each field of a form the API refused. A 400 names each field in `details.issues`
 * (`body.password: must be at least 8 characters`), a 409 in `details.field` ("That username is already
 * taken"); anything else (a 429 with when to try again, a lost connection) is a message for the whole form.
 */
export function formProblem<Field extends string>(error: unknown, fields: readonly Field[]): FormProblem<Field> {
  if (!(error instanceof ApiError)) {
    return { fields: {}, message: 'That did not reach the server. Check your connection and try again.' };
  }
  const found: Partial<Record<Field, string>> = {};
  const details = error.details as { issues?: { path?: unknown; message?: unknown }[]; field?: unknown } | undefined;
  for (const issue of Array.isArray(details?.issues) ? details.issues : []) {
    const field = fieldOf(issue.path, fields);
    if (field && !found[field] && typeof issue.message === 'string') found[field] = sentence(issue.message);
  }
  const conflicting = fieldOf(details?.field, fields);
  if (conflicting && !found[conflicting]) found[conflicting] = sentence(error.message);
  if (Object.keys(found).length > 0) return { fields: found, message: null };
  return { fields: {}, message: describeApiError(error) };
}

/** An API error as a person should read it: the server's words, and when to try again after a 429 or 503. */
export function describeApiError(error: unknown): string {
  if (!(error instanceof ApiError)) return 'That did not reach the server. Check your connection and try again.';
  if ((error.status === 429 || error.status === 503) && error.retryAfterSeconds !== undefined) {
    return `${sentence(error.message)} Try again in ${waitOf(error.retryAfterSeconds)}.`;
  }
  return sentence(error.message);
}

function fieldOf<Field extends string>(path: unknown, fields: readonly Field[]): Field | null {
  if (typeof path !== 'string') return null;
  const name = path.replace(/^body\./, '').split('.')[0];
  return fields.find((field) => field === name) ?? null;
}

/** "must be at least 8 characters" -> "Must be at least 8 characters." */
function sentence(message: string): string {
  const text = message.charAt(0).toUpperCase() + message.slice(1);
  return /[.!?]$/.test(text) ? text : `${text}.`;
}

function waitOf(seconds: number): string {
  if (seconds < 90) return `${seconds} ${seconds === 1 ? 'second' : 'seconds'}`;
  const minutes = Math.ceil(seconds / 60);
  return `${minutes} ${minutes === 1 ? 'minute' : 'minutes'}`;
}
