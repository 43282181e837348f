import { once } from 'node:events';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createApp } from './app.js';
import type { AppContext } from './context.js';
import { answerClientError } from './errors/client-error.js';

export interface RunningServer {
  server: Server;
  url: string;
  /** Stops accepting connections, lets in-flight requests finish (readiness says 503 meanwhile), then resolves. */
  close(): Promise<void>;
}

/** Listens on host:port (port 0 picks a free one) and reports the URL it serves. */
export async function startServer(context: AppContext, port: number, host = '127.0.0.1'): Promise<RunningServer> {
  const { headersTimeoutMs, requestTimeoutMs, keepAliveTimeoutMs, maxConnections } = context.config.http;
  let draining = false;
  const server = createServer(
    {
      // A request's headers, then the whole request, must arrive this soon after its first byte, or the
      // answer is 408 (slow-loris clients cannot hold connections open). Node counts both per request, from
      // the request's first byte, and never while a keep-alive connection waits for its next request, so
      // they need not exceed keepAliveTimeout (the advice for Node before 18, which counted the headers
      // timeout on idle keep-alive connections too); Node does require headersTimeout <= requestTimeout,
      // which env.ts checks. server-timeouts.integration.test.ts shows both.
      headersTimeout: headersTimeoutMs,
      requestTimeout: requestTimeoutMs,
      // Idle keep-alive connections stay open longer than the proxy in front keeps its own to us (60 s in
      // infra/nginx.conf), so that the server is never the side that closes a socket about to be reused.
      keepAliveTimeout: keepAliveTimeoutMs,
      // Node looks for expired requests on this period (30 s by default, which would let a 10 s timeout run
      // to 40 s): a tenth of the headers timeout, at most a second.
      connectionsCheckingInterval: Math.max(10, Math.min(1_000, Math.floor(headersTimeoutMs / 10))),
    },
    createApp({ ...context, draining: () => draining }),
  );
  // Beyond this many open connections Node closes new ones as they arrive, before reading a byte.
  server.maxConnections = maxConnections;
  let lastDropWarning = 0;
  server.on('drop', () => {
    // At most one line a minute: a flood of refused connections must not become a flood of logs.
    if (Date.now() - lastDropWarning < 60_000) return;
    lastDropWarning = Date.now();
    context.logger.warn({ maxConnections }, 'refusing new connections: HTTP_MAX_CONNECTIONS are open');
  });
  // What Node answers itself (not HTTP, headers too large, too slow) gets the API's JSON error shape.
  server.on('clientError', (error: Error, socket) => answerClientError(error, socket, context.logger));
  server.listen(port, host);
  await once(server, 'listening');
  const address = server.address() as AddressInfo;
  const shownHost = host === '0.0.0.0' || host === '::' ? 'localhost' : host;
  return {
    server,
    url: `http://${shownHost}:${address.port}`,
    close: () =>
      new Promise<void>((resolve, reject) => {
        draining = true;
        // Keep-alive sockets would hold close() open: close each one as soon as its request is answered.
        const sweep = setInterval(() => server.closeIdleConnections(), 50);
        server.close((error) => {
          clearInterval(sweep);
          if (error) reject(error);
          else resolve();
        });
        server.closeIdleConnections();
      }),
  };
}
