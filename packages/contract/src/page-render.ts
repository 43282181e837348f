/**
 * What the API hands the server-rendered site for one page request: where to reach the API and as whom.
 *
 * The site's loaders speak to the API only through the typed client, over loopback to the very listener
 * the page request arrived on, so every read passes the same middleware (sessions, limits, visibility) as
 * a browser's would. `headers` carry the visitor's cookie (their votes and follows are in the first paint),
 * user agent and request id, and a per-process secret that lets the API count the read against the
 * visitor's address rather than loopback's.
 */
export type PageRenderContext = {
  /** Origin of the API listener that received the page request, e.g. http://127.0.0.1:3000. */
  apiOrigin: string;
  /** Headers every API call of this render sends. */
  apiHeaders: Record<string, string>;
  /** The page's public origin, for canonical URLs and Open Graph (STACKYARD_PUBLIC_URL). */
  publicOrigin: string;
  /** The Content-Security-Policy nonce of this response's inline scripts. */
  nonce: string;
  /** The request's id, shown on the error page so a report can be matched with the logs. */
  requestId: string;
  /** True when the visitor sent a session cookie: the page is then personal and never shared-cached. */
  hasSession: boolean;
  /** True when this server offers "Sign in with GitHub" (GITHUB_CLIENT_ID and secret are set). */
  githubSignIn: boolean;
};

/** The header carrying the API's per-process page-render secret on loopback reads. */
export const PAGE_RENDER_HEADER = 'x-stackyard-page-render';
/** The visitor's address, believed only next to a valid PAGE_RENDER_HEADER. */
export const PAGE_VISITOR_HEADER = 'x-stackyard-visitor';
