import { ApiError } from '../lib/api-client.js';

interface ErrorAlertProps {
  title: string;
  error: unknown;
  onRetry?: () => void;
}

/** A failure the user should hear about at once (role="alert"), with the server's own explanation. */
export function ErrorAlert({ title, error, onRetry }: ErrorAlertProps) {
  const message = error instanceof ApiError ? error.message : 'Something went wrong. Please try again.';
  return (
    <div className="alert" role="alert">
      <p className="alert__title">{title}</p>
      <p>{message}</p>
      {onRetry && (
        <button type="button" className="button" onClick={onRetry}>
          Try again
        </button>
      )}
    </div>
  );
}
