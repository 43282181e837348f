import { defaultEnv, type Env } from './env.js';

export interface RateLimitRule {
  limit: number;
  windowMs: number;
}

/** Kinds of community action with a budget of their own per user, on top of the overall one. */
export const USER_ACTIONS = ['votes', 'reasons', 'decisions', 'previews', 'follows', 'reports', 'stacks', 'detections'] as const;
export type UserAction = (typeof USER_ACTIONS)[number];

export interface RateLimitConfig {
  enabled: boolean;
  /** Failed sign-ins for one account from every address; past it, sign-ins for it are slowed, not refused. */
  loginPerAccount: RateLimitRule;
  /** Failed sign-ins from one address, whatever the account. */
  loginPerIp: RateLimitRule;
  signupPerIp: RateLimitRule;
  writesPerUser: RateLimitRule;
  perAction: Record<UserAction, RateLimitRule>;
  /** Reads by someone not signed in, per address (members are never counted). */
  anonymousReadsPerIp: RateLimitRule;
  /** Failed sign-ins for one account from one address: the tight limit, which refuses. */
  loginPerAccountAndIp: RateLimitRule;
}

export interface GithubOAuthConfig {
  clientId: string;
  clientSecret: string;
  /** Base of GitHub's OAuth pages: {base}/login/oauth/authorize and {base}/login/oauth/access_token. */
  oauthUrl: string;
  /** Base of GitHub's REST API, for the signed-in user's profile and emails. */
  apiUrl: string;
}

/** Express's `trust proxy`: nobody (false), that many hops in front of the server, or these addresses. */
export type TrustProxy = false | number | string[];

/** Limits of the HTTP server itself, applied before a request reaches Express. */
export interface HttpServerConfig {
  /** From a request's first byte to the end of its headers; beyond it the answer is 408. */
  headersTimeoutMs: number;
  /** From a request's first byte to the end of its body; beyond it the answer is 408. */
  requestTimeoutMs: number;
  /** How long an idle keep-alive connection is kept open. */
  keepAliveTimeoutMs: number;
  /** Open connections accepted at once; further ones are closed as they arrive. */
  maxConnections: number;
}

/** The settings the application needs, derived from the environment once (tests build their own). */
export interface AppConfig {
  production: boolean;
  /**
   * The site's public origin: the one state-changing requests must come from and the base of every
   * absolute link (feeds, OAuth callbacks). It comes from the configuration, never from a request's Host.
   */
  publicOrigin: string;
  rateLimits: RateLimitConfig;
  /** GitHub sign-in; null when no client id is configured (the routes then answer 404). */
  github: GithubOAuthConfig | null;
  /** Which peers may say who the client is: req.ip, and so every per-address limit, follows it. */
  trustProxy: TrustProxy;
  http: HttpServerConfig;
  reports: ReportPolicy;
  /** The folder of logo files the catalogue's build writes, served under /logos. */
  logosDir: string;
  /** Where the open-data dumps are written; /api/v1/dumps/latest serves the newest. */
  dumpDir: string;
}

/** Who weighs in on automatic hiding, and how many reports a person may file. */
export interface ReportPolicy {
  /** A reporter counts toward automatic hiding only with an account at least this old (and a contribution). */
  trustMinAgeDays: number;
  /** Reports one person may file in any rolling 24 hours; more answer 429. */
  perDay: number;
}

const seconds = (value: number) => value * 1000;
const perHour = (limit: number): RateLimitRule => ({ limit, windowMs: 3_600_000 });

/**
 * The public origin: STACKYARD_PUBLIC_URL's, or in development http://localhost:PORT. Production has no
 * default, since only the operator knows the name and scheme visitors use in front of the proxy.
 */
function publicOriginOf(env: Env): string {
  if (env.STACKYARD_PUBLIC_URL) return new URL(env.STACKYARD_PUBLIC_URL).origin;
  if (env.NODE_ENV === 'production') {
    throw new Error(
      'STACKYARD_PUBLIC_URL must be set in production (e.g. https://stackyard.example.org): it is the origin ' +
        'changes must come from and the base of every link the server writes.',
    );
  }
  return `http://localhost:${env.PORT}`;
}

/** The server's configuration; throws, naming the variable, when production lacks STACKYARD_PUBLIC_URL. */
export function configFromEnv(env: Env): AppConfig {
  return {
    production: env.NODE_ENV === 'production',
    publicOrigin: publicOriginOf(env),
    rateLimits: {
      enabled: env.STACKYARD_RATE_LIMITS === 'on',
      loginPerAccount: { limit: env.RATE_LIMIT_LOGIN_PER_ACCOUNT, windowMs: seconds(env.RATE_LIMIT_LOGIN_PER_ACCOUNT_WINDOW_SECONDS) },
      loginPerIp: { limit: env.RATE_LIMIT_LOGIN_PER_IP, windowMs: seconds(env.RATE_LIMIT_LOGIN_WINDOW_SECONDS) },
      signupPerIp: { limit: env.RATE_LIMIT_SIGNUP_PER_IP, windowMs: seconds(env.RATE_LIMIT_SIGNUP_WINDOW_SECONDS) },
      writesPerUser: { limit: env.RATE_LIMIT_WRITES_PER_USER, windowMs: seconds(env.RATE_LIMIT_WRITES_WINDOW_SECONDS) },
      perAction: {
        votes: perHour(env.RATE_LIMIT_VOTES_PER_HOUR),
        reasons: perHour(env.RATE_LIMIT_REASONS_PER_HOUR),
        decisions: perHour(env.RATE_LIMIT_DECISIONS_PER_HOUR),
        previews: perHour(env.RATE_LIMIT_PREVIEWS_PER_HOUR),
        follows: perHour(env.RATE_LIMIT_FOLLOWS_PER_HOUR),
        reports: perHour(env.RATE_LIMIT_REPORTS_PER_HOUR),
        stacks: perHour(env.RATE_LIMIT_STACKS_PER_HOUR),
        detections: perHour(env.RATE_LIMIT_DETECTIONS_PER_HOUR),
      },
      anonymousReadsPerIp: { limit: env.RATE_LIMIT_ANONYMOUS_READS_PER_MINUTE, windowMs: 60_000 },
      loginPerAccountAndIp: {
        limit: env.RATE_LIMIT_LOGIN_PER_ACCOUNT_AND_IP,
        windowMs: seconds(env.RATE_LIMIT_LOGIN_PER_ACCOUNT_AND_IP_WINDOW_SECONDS),
      },
    },
    github:
      env.GITHUB_CLIENT_ID && env.GITHUB_CLIENT_SECRET
        ? {
            clientId: env.GITHUB_CLIENT_ID,
            clientSecret: env.GITHUB_CLIENT_SECRET,
            oauthUrl: env.GITHUB_OAUTH_URL.replace(/\/+$/, ''),
            apiUrl: env.GITHUB_API_URL.replace(/\/+$/, ''),
          }
        : null,
    reports: { trustMinAgeDays: env.REPORT_TRUST_MIN_AGE_DAYS, perDay: env.REPORTS_PER_DAY },
    logosDir: env.STACKYARD_LOGOS_DIR,
    dumpDir: env.STACKYARD_DUMP_DIR,
    trustProxy: env.TRUST_PROXY,
    http: {
      headersTimeoutMs: seconds(env.HTTP_HEADERS_TIMEOUT_SECONDS),
      requestTimeoutMs: seconds(env.HTTP_REQUEST_TIMEOUT_SECONDS),
      keepAliveTimeoutMs: seconds(env.HTTP_KEEP_ALIVE_TIMEOUT_SECONDS),
      maxConnections: env.HTTP_MAX_CONNECTIONS,
    },
  };
}

/**
 * Defaults for tests and tools: the configuration of an environment with nothing set (development mode,
 * limits on at their default budgets, no GitHub), so the numbers live in env.ts alone.
 */
export function defaultConfig(overrides: Partial<AppConfig> = {}): AppConfig {
  return { ...configFromEnv(defaultEnv()), ...overrides };
}
