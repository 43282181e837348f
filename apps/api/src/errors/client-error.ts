import { STATUS_CODES } from 'node:http';
import type { Duplex } from 'node:stream';
import type { Logger } from 'pino';
import { AppError } from './app-error.js';

/**
 * What Node's HTTP parser and its timers report (the `clientError` event) as the AppError the client gets:
 * requests that never reach Express because they are not HTTP, are too big to parse, or arrive too slowly.
 * Anything else (a reset connection, a broken pipe) is not an answer to give: null.
 */
export function appErrorOfClientError(error: { code?: unknown }): AppError | null {
  const code = typeof error.code === 'string' ? error.code : '';
  switch (code) {
    case 'HPE_HEADER_OVERFLOW':
      return new AppError('headers_too_large', 'The request headers are larger than the server accepts');
    case 'HPE_CHUNK_EXTENSIONS_OVERFLOW':
      return new AppError('payload_too_large', 'The request body has larger chunk extensions than the server accepts');
    case 'ERR_HTTP_REQUEST_TIMEOUT':
      return new AppError('request_timeout', 'The request did not arrive in time');
  }
  if (code.startsWith('HPE_')) return new AppError('validation_failed', 'The request is not valid HTTP/1.1');
  return null;
}

/** The whole HTTP/1.1 answer for an error, written straight to the socket: there is no response object yet. */
export function rawErrorResponse(error: AppError): string {
  const body = JSON.stringify(error.toJSON());
  return [
    `HTTP/1.1 ${error.status} ${STATUS_CODES[error.status] ?? 'Error'}`,
    'Content-Type: application/json; charset=utf-8',
    `Content-Length: ${Buffer.byteLength(body)}`,
    'Cache-Control: no-store',
    'X-Content-Type-Options: nosniff',
    'Connection: close',
    '',
    body,
  ].join('\r\n');
}

/** How long an answered socket waits for the client to hang up before it is closed anyway. */
const LINGER_MS = 2_000;

/**
 * Sockets that have their error answer. The parser stays in its error state and reports every later chunk
 * (and the client's hang-up) again; those reports are ignored, so that the answer is not cut off.
 */
const answered = new WeakSet<Duplex>();

/**
 * The server's `clientError` listener. Node's own answer is a bare status line; ours is the API's JSON error
 * shape. Once a listener exists Node leaves the socket to it, so every path closes the socket: at once when
 * there is nothing to say (a reset connection, a response already under way, as Node's own listener
 * decides), else by ending it after the answer and destroying it when the client has hung up or LINGER_MS
 * has passed. Closing with the client's bytes still unread would reset the connection and could lose the
 * answer; reading them for a moment lets the client read it first.
 */
export function answerClientError(error: Error & { code?: unknown }, socket: Duplex, logger: Logger): void {
  if (answered.has(socket)) return;
  // Node's own listener looks at the same field: once a response has started, an error answer would corrupt it.
  const inFlight = (socket as Duplex & { _httpMessage?: { headersSent?: boolean } | null })._httpMessage;
  const appError = appErrorOfClientError(error);
  if (!appError || !socket.writable || inFlight?.headersSent) {
    socket.destroy();
    return;
  }
  answered.add(socket);
  logger.debug({ code: error.code, status: appError.status }, 'answered a request before it reached the app');
  const linger = setTimeout(() => socket.destroy(), LINGER_MS);
  linger.unref();
  socket.once('close', () => clearTimeout(linger));
  socket.end(rawErrorResponse(appError));
}
