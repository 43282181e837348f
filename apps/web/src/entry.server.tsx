import { PassThrough } from 'node:stream';
import { createReadableStreamFromReadable } from '@react-router/node';
import { QueryClientProvider } from '@tanstack/react-query';
import { renderToPipeableStream } from 'react-dom/server';
import { ServerRouter, type AppLoadContext, type EntryContext } from 'react-router';
import { ApiContext } from './lib/api.js';
import { NonceContext } from './lib/nonce.js';
import { renderFetcher } from './lib/server-api.js';

/** A render still unfinished after this long is cut short (loaders have their own API timeouts). */
export const streamTimeout = 10_000;

/**
 * Renders a page on the server. Every page's data is in the cache before rendering starts (its loader
 * ensured it), so the whole document is sent at once: crawlers, link previews and curl see the content.
 */
export default function handleRequest(
  request: Request,
  responseStatusCode: number,
  responseHeaders: Headers,
  routerContext: EntryContext,
  loadContext: AppLoadContext,
) {
  const { queries, api } = renderFetcher(loadContext);
  const { nonce } = loadContext;
  return new Promise<Response>((resolve, reject) => {
    let failed = false;
    const { pipe, abort } = renderToPipeableStream(
      <NonceContext value={nonce}>
        <ApiContext value={api}>
          <QueryClientProvider client={queries}>
            <ServerRouter context={routerContext} url={request.url} nonce={nonce} />
          </QueryClientProvider>
        </ApiContext>
      </NonceContext>,
      {
        nonce,
        onAllReady() {
          const body = new PassThrough();
          responseHeaders.set('Content-Type', 'text/html; charset=utf-8');
          setCaching(responseHeaders, failed ? 500 : responseStatusCode, loadContext.hasSession);
          resolve(
            new Response(createReadableStreamFromReadable(body), {
              headers: responseHeaders,
              status: failed ? 500 : responseStatusCode,
            }),
          );
          pipe(body);
        },
        onShellError(error: unknown) {
          reject(error);
        },
        onError(error: unknown) {
          failed = true;
          console.error(error);
        },
      },
    );
    setTimeout(abort, streamTimeout + 1_000);
  });
}

/**
 * A public page seen by nobody in particular may be kept by a shared cache for a minute and served stale
 * for five while it refreshes; a signed-in visitor's page shows their votes and follows, so it is theirs
 * alone. `Vary: Cookie` keeps the two apart in any cache that honours it.
 */
function setCaching(headers: Headers, status: number, personal: boolean): void {
  headers.append('Vary', 'Cookie');
  if (headers.has('Cache-Control')) return;
  if (personal || status !== 200) headers.set('Cache-Control', 'private, no-cache');
  else headers.set('Cache-Control', 'public, max-age=0, s-maxage=60, stale-while-revalidate=300');
}
