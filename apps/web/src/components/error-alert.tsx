import { ApiError } from '@stackyard/contract/browser';

interface ErrorAlertProps {
  title: string;
  /** The failure to explain; leave it out when the title says everything. */
  error?: unknown;
  onRetry?: () => void;
}

/** A failure the user should hear about at once (role="alert"), with the server's own explanation. */
export function ErrorAlert({ title, error, onRetry }: ErrorAlertProps) {
  return (
    <div className="alert" role="alert">
      <p className="alert__title">{title}</p>
      {error !== undefined && <p>{describeError(error)}</p>}
      {onRetry && (
        <button type="button" className="button" onClick={onRetry}>
          Try again
        </button>
      )}
    </div>
  );
}

function describeError(error: unknown): string {
  return error instanceof ApiError ? error.message : 'Something went wrong. Please try again.';
}
