import { get } from 'node:http';
import { once } from 'node:events';
import { connect, type Socket } from 'node:net';

export interface RawResponse {
  status: number;
  /** Header names lower-cased. */
  headers: Record<string, string>;
  body: string;
}

/** A TCP connection to the test server, for bytes no HTTP client would send. */
export async function openSocket(serverUrl: string): Promise<Socket> {
  const { hostname, port } = new URL(serverUrl);
  const socket = connect(Number(port), hostname);
  await once(socket, 'connect');
  return socket;
}

/** Parses one HTTP/1.1 response (Content-Length framed) at the start of `bytes`; null until it is whole. */
function parseResponse(bytes: Buffer): { response: RawResponse; rest: Buffer } | null {
  const end = bytes.indexOf('\r\n\r\n');
  if (end === -1) return null;
  const [statusLine = '', ...lines] = bytes.subarray(0, end).toString('latin1').split('\r\n');
  const headers = Object.fromEntries(
    lines.map((line) => {
      const colon = line.indexOf(':');
      return [line.slice(0, colon).trim().toLowerCase(), line.slice(colon + 1).trim()];
    }),
  );
  const bodyEnd = end + 4 + Number(headers['content-length'] ?? 0);
  if (bytes.length < bodyEnd) return null;
  const response = { status: Number(statusLine.split(' ')[1]), headers, body: bytes.subarray(end + 4, bodyEnd).toString('utf8') };
  return { response, rest: bytes.subarray(bodyEnd) };
}

/** More reads than any response of these tests takes; a safety bound, not a timeout. */
const MAX_READS = 10_000;

/**
 * Reads responses from the socket as they arrive. `next()` resolves with the next whole response, or rejects
 * if the server closes the connection first; `closed` resolves when the server has closed its side.
 */
export function readResponses(socket: Socket): { next(): Promise<RawResponse>; closed: Promise<void> } {
  let buffer: Buffer = Buffer.alloc(0);
  let ended = false;
  let wake: (() => void) | null = null;
  socket.on('data', (chunk: Buffer) => {
    buffer = Buffer.concat([buffer, chunk]);
    wake?.();
  });
  const closed = new Promise<void>((resolve) => {
    const done = () => {
      ended = true;
      wake?.();
      resolve();
    };
    socket.once('end', done);
    socket.once('close', done);
  });
  // A reset after the answer is still the server closing; the test reads what arrived before it.
  socket.on('error', () => undefined);
  return {
    closed,
    async next() {
      for (let reads = 0; reads < MAX_READS; reads++) {
        const parsed = parseResponse(buffer);
        if (parsed) {
          buffer = parsed.rest;
          return parsed.response;
        }
        if (ended) throw new Error(`the server closed the connection without a whole response (received ${JSON.stringify(buffer.toString('latin1'))})`);
        await new Promise<void>((resolve) => (wake = resolve));
        wake = null;
      }
      throw new Error(`no whole response after ${MAX_READS} reads`);
    },
  };
}

/** Sends raw bytes on a new connection and reads the one response the server sends back. */
export async function rawRequest(serverUrl: string, bytes: string): Promise<RawResponse & { closedByServer: Promise<void> }> {
  const socket = await openSocket(serverUrl);
  const responses = readResponses(socket);
  socket.write(bytes);
  const response = await responses.next();
  return { ...response, closedByServer: responses.closed.finally(() => socket.destroy()) };
}

/** A GET with If-None-Match and nothing else a browser's reload would add. */
export function conditionalGet(url: string, etag: string): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    get(url, { headers: { 'if-none-match': etag } }, (response) => {
      let body = '';
      response.setEncoding('utf8');
      response.on('data', (chunk: string) => (body += chunk));
      response.on('end', () => resolve({ status: response.statusCode ?? 0, body }));
    }).on('error', reject);
  });
}
