/**
 * PostgreSQL's SQLSTATEs for a server that is going or gone: shut down by its administrator or by a crash,
 * not yet accepting connections (starting, or a standby promoting), or a connection that failed or broke.
 */
const LOST_CODES = new Set(['57P01', '57P02', '57P03', '08000', '08001', '08003', '08004', '08006']);
/** The same, seen by the socket before PostgreSQL could say anything. */
const SOCKET_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'EPIPE', 'ETIMEDOUT', 'EHOSTUNREACH', 'ENOTFOUND']);
/** pg's own words for a connection that ended under it, which carry no code. */
const LOST_MESSAGES = [/^Connection terminated/, /connection error and is not queryable/, /^Client was closed and is not queryable/];

/**
 * Whether `error` says the database could not be reached or went away mid-statement (rather than refusing
 * the statement): worth another try a moment later, or on another server.
 */
export function isConnectionLoss(error: unknown): boolean {
  if (typeof error !== 'object' || error === null) return false;
  const { code, message } = error as { code?: unknown; message?: unknown };
  if (typeof code === 'string' && (LOST_CODES.has(code) || SOCKET_CODES.has(code))) return true;
  return typeof message === 'string' && LOST_MESSAGES.some((pattern) => pattern.test(message));
}
