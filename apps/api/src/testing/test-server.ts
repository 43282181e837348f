/* eslint-disable @typescript-eslint/no-explicit-any -- response bodies are whatever the server sent */
import { createClient, type Client } from '@stackyard/contract';
import type { DatabaseHandle, UserRow } from '@stackyard/db';
import { createTestDatabase, type TestDatabaseOptions } from '@stackyard/db/testing';
import { pino } from 'pino';
import { listenForContentChanges, type ContentChanges } from '../database/content-changes.js';
import { USER_ACTIONS, defaultConfig, type AppConfig, type RateLimitRule, type UserAction } from '../config.js';
import type { RateLimitBackend } from '../rate-limit-backend.js';
import { sessionCookieName } from '../auth/session-cookie.js';
import { startServer, type RunningServer } from '../server.js';
import { createMetrics } from '../metrics.js';
import { createComparisonViewCounter, type ComparisonViewCounter } from '../services/comparison-view-counter.js';
import { startSession } from '../services/session-service.js';

export interface TestResponse {
  status: number;
  headers: Headers;
  body: any;
}

export interface TestServer extends RunningServer {
  database: DatabaseHandle;
  /**
   * The site's public origin as the server is configured (config.publicOrigin): what browsers on its pages
   * send as `Origin` and the base of the links it writes. Not `url`, the socket the tests connect to.
   */
  origin: string;
  /**
   * A request over a real socket, the body parsed when it is JSON. Like a browser on our own pages it sends
   * `Origin: <origin>` unless the headers say otherwise (pass `Origin: ''` to send none).
   */
  request(path: string, init?: RequestInit): Promise<TestResponse>;
  /** The typed client, signed out, calling from the site's own origin. */
  client: Client;
  /**
   * The typed client signed in as someone: a user from buildUser() (a session is started for them once) or
   * an account from signUpAccount() (its own session cookie).
   */
  as(user: UserRow | { cookie: string }): Client;
  /** The `Cookie` header value of a session of the user's, started on first use: for raw requests. */
  cookieFor(user: UserRow): Promise<string>;
  /** The server's comparison view counter: it has no timer here, so a test flushes it when it wants. */
  comparisonViews: ComparisonViewCounter;
  /** What tells kept answers of new content, when the test asked for it (listenForChanges); else null. */
  contentChanges: ContentChanges | null;
  stop(): Promise<void>;
}

export interface TestServerOptions {
  config?: Partial<AppConfig>;
  /** The server's clock; tests move it to expire sessions. */
  clock?: () => Date;
  rateLimitBackend?: RateLimitBackend;
  database?: TestDatabaseOptions;
  /** The secret the site's server render proves itself with (see web/page-render-trust.ts). */
  pageRenderSecret?: string;
  /** Listen for PostgreSQL's notices of new content, as the server does in production (PostgreSQL only). */
  listenForChanges?: boolean;
}

/** Limits high enough that a test file never meets them unless it sets its own to test them. */
const generousLimits = {
  enabled: true,
  loginPerAccount: { limit: 1000, windowMs: 60_000 },
  loginPerIp: { limit: 1000, windowMs: 60_000 },
  signupPerIp: { limit: 1000, windowMs: 60_000 },
  writesPerUser: { limit: 10_000, windowMs: 60_000 },
  perAction: Object.fromEntries(USER_ACTIONS.map((action) => [action, { limit: 10_000, windowMs: 60_000 }])) as Record<
    UserAction,
    RateLimitRule
  >,
  anonymousReadsPerIp: { limit: 100_000, windowMs: 60_000 },
  loginPerAccountAndIp: { limit: 1000, windowMs: 60_000 },
};

/** The real API on a free port, over a database of the test file's own (cloned from the seeded template). */
export async function startTestServer(options: TestServerOptions = {}): Promise<TestServer> {
  const database = await createTestDatabase(options.database);
  const logger = pino({ level: process.env.LOG_LEVEL ?? 'silent' });
  const clock = options.clock ?? (() => new Date());
  const comparisonViews = createComparisonViewCounter(database.db, logger, clock);
  const defaults = defaultConfig();
  // Connections too: the concurrency tests open a thousand at once.
  const config = defaultConfig({ rateLimits: generousLimits, http: { ...defaults.http, maxConnections: 100_000 }, ...options.config });
  const origin = config.publicOrigin;
  if (options.listenForChanges && !database.url) throw new Error('listenForChanges needs PostgreSQL');
  const contentChanges = options.listenForChanges ? listenForContentChanges(database.url!, logger) : null;
  const running = await startServer(
    {
      db: database.db,
      engine: database.engine,
      logger,
      webDir: null,
      config,
      clock,
      rateLimitBackend: options.rateLimitBackend ?? { kind: 'memory' },
      comparisonViews,
      metrics: createMetrics(database.poolStats ?? null),
      checkAnswers: true,
      pageRenderSecret: options.pageRenderSecret,
      contentChanges,
    },
    0,
  );
  const clientWith = (cookie?: string) =>
    createClient({ baseUrl: running.url, headers: { origin, ...(cookie ? { cookie } : {}) } });
  const sessions = new Map<number, Promise<string>>();
  const cookieOf = (user: UserRow) => {
    if (!sessions.has(user.id)) {
      const started = startSession(database.db, user.id, new Date(), { userAgent: 'test client', ip: null });
      sessions.set(user.id, started.then((session) => `${sessionCookieName(config)}=${session.token}`));
    }
    return sessions.get(user.id)!;
  };
  /** Signs the client in lazily, so that `server.as(user)` stays synchronous. */
  const signedInClient = (user: UserRow): Client =>
    createClient({
      baseUrl: running.url,
      headers: { origin },
      fetch: async (url, init) => {
        const headers = new Headers(init?.headers);
        headers.set('cookie', await cookieOf(user));
        return fetch(url, { ...init, headers });
      },
    });

  return {
    ...running,
    database,
    origin,
    comparisonViews,
    contentChanges,
    client: clientWith(),
    as: (user) => ('cookie' in user ? clientWith(user.cookie) : signedInClient(user)),
    cookieFor: cookieOf,
    async request(path, init = {}) {
      const headers = new Headers(init.headers);
      if (!headers.has('origin')) headers.set('origin', origin);
      if (headers.get('origin') === '') headers.delete('origin');
      const response = await fetch(`${running.url}${path}`, { ...init, headers });
      const text = await response.text();
      const isJson = response.headers.get('content-type')?.includes('application/json');
      return { status: response.status, headers: response.headers, body: isJson && text ? JSON.parse(text) : text };
    },
    async stop() {
      await running.close();
      await comparisonViews.stop();
      await contentChanges?.close();
      await database.close();
    },
  };
}
