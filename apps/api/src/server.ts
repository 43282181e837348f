import { once } from 'node:events';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createApp } from './app.js';
import type { AppContext } from './context.js';
import { answerClientError } from './errors/client-error.js';

export interface RunningServer {
  server: Server;
  url: string;
  /** Stops accepting connections, lets in-flight requests finish, then resolves. */
  close(): Promise<void>;
}

/** Listens on host:port (port 0 picks a free one) and reports the URL it serves. */
export async function startServer(context: AppContext, port: number, host = '127.0.0.1'): Promise<RunningServer> {
  const server = createApp(context).listen(port, host);
  // Idle keep-alive connections stay open longer than clients and proxies keep theirs (typically 4-60 s),
  // so that the server is never the side that closes a socket a client is about to reuse.
  server.keepAliveTimeout = 65_000;
  server.headersTimeout = 66_000;
  // What Node answers itself (not HTTP, headers too large, too slow) gets the API's JSON error shape.
  server.on('clientError', (error: Error, socket) => answerClientError(error, socket, context.logger));
  await once(server, 'listening');
  const address = server.address() as AddressInfo;
  const shownHost = host === '0.0.0.0' || host === '::' ? 'localhost' : host;
  return {
    server,
    url: `http://${shownHost}:${address.port}`,
    close: () =>
      new Promise<void>((resolve, reject) => {
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
