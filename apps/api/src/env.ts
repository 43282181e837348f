import { isIP } from 'node:net';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';

/** Named address ranges Express understands in `trust proxy` besides addresses and CIDRs. */
const NAMED_RANGES = new Set(['loopback', 'linklocal', 'uniquelocal']);

/** One entry of TRUST_PROXY's list: an address, address/prefix-length, or a named range. */
function isTrustedAddress(entry: string): boolean {
  if (NAMED_RANGES.has(entry)) return true;
  const [address = '', prefix, ...rest] = entry.split('/');
  const family = isIP(address);
  if (family === 0 || rest.length > 0) return false;
  if (prefix === undefined) return true;
  return /^\d{1,3}$/.test(prefix) && Number(prefix) <= (family === 4 ? 32 : 128);
}

/**
 * Which peers may say who the client is (X-Forwarded-For, X-Forwarded-Proto): unset or empty trusts
 * nobody, a number trusts that many hops in front of the server, a comma-separated list trusts those
 * addresses and ranges. Never "everyone": that would let any client choose its own address.
 */
const trustProxySchema = z
  .string()
  .optional()
  .transform((value, context): false | number | string[] => {
    const text = value?.trim() ?? '';
    if (text === '') return false;
    if (/^\d+$/.test(text)) return Number(text);
    const entries = text.split(',').map((entry) => entry.trim());
    const bad = entries.filter((entry) => !isTrustedAddress(entry));
    if (bad.length === 0) return entries;
    context.addIssue({
      code: 'custom',
      message: `must be a hop count or a comma-separated list of addresses and CIDRs (not ${bad.map((entry) => JSON.stringify(entry)).join(', ')})`,
    });
    return z.NEVER;
  });

const seconds = (fallback: number) => z.coerce.number().int().min(1).max(3600).default(fallback);

/**
 * The only place that reads process.env. Every other module imports the typed result (or receives the
 * values it needs), so configuration is documented, validated and defaulted once. See .env.example.
 */
const envSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().min(1).default('0.0.0.0'),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'must be a postgres:// connection string')
    .optional()
    .or(z.literal('').transform(() => undefined)),
  // Where `bench:data` loads the scale dataset and the load harness reads it: a database of its own, which
  // the load drops and creates. Unset: stackyard_bench on the server of DATABASE_URL, else on the local one.
  BENCH_DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\/[^/]+\/[^/?]+/, 'must be a postgres:// connection string that names a database')
    .optional()
    .or(z.literal('').transform(() => undefined)),
  // A streaming read replica of DATABASE_URL: public reads go to it while its replay is within
  // DATABASE_REPLICA_MAX_LAG_MS of the primary, and to the primary otherwise.
  DATABASE_REPLICA_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'must be a postgres:// connection string')
    .optional()
    .or(z.literal('').transform(() => undefined)),
  DATABASE_REPLICA_MAX_LAG_MS: z.coerce.number().int().min(0).max(60_000).default(2000),
  STACKYARD_DATA_DIR: z.string().min(1).default('./.data'),
  STACKYARD_DUMP_DIR: z.string().min(1).default('./.dumps'),
  STACKYARD_DUMP_INTERVAL_HOURS: z.coerce.number().int().min(0).max(720).default(24),
  // Where `backup` writes (pg_dump's custom format, or the embedded database's tarball).
  STACKYARD_BACKUP_DIR: z.string().min(1).default('./.backups'),

  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  STACKYARD_SEED: z.enum(['demo', 'catalogue', 'none']).default('demo'),
  STACKYARD_WEB_DIR: z
    .string()
    .min(1)
    .default(fileURLToPath(new URL('../../web/dist', import.meta.url))),
  // `on` (the dev script sets it) serves the site from its source through Vite, with hot reload,
  // instead of the build in STACKYARD_WEB_DIR.
  STACKYARD_WEB_DEV: z.enum(['on', 'off']).default('off'),
  STACKYARD_WEB_SOURCE: z
    .string()
    .min(1)
    .default(fileURLToPath(new URL('../../web', import.meta.url))),
  // The tools' logos, written by the catalogue's build (one content-hashed SVG per tool), served under /logos.
  STACKYARD_LOGOS_DIR: z
    .string()
    .min(1)
    .default(fileURLToPath(new URL('../../../packages/catalogue/dist/logos', import.meta.url))),
  DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(100).default(10),
  // How long a request may wait for a database connection before it is answered 503 with Retry-After;
  // 0 waits however long it takes.
  DATABASE_QUEUE_TIMEOUT_MS: z.coerce.number().int().min(0).max(600_000).default(3000),
  // Longest a request's statement may run (waiting for a lock included) on PostgreSQL before it is cancelled
  // and the request answered 503 with Retry-After; 0 lets it run. Migrations and operator scripts have none.
  DATABASE_STATEMENT_TIMEOUT_MS: z.coerce.number().int().min(0).max(600_000).default(5000),
  // The site's public address: the origin state-changing requests must come from, and the base of
  // OAuth callbacks. Defaults to http://localhost:PORT.
  STACKYARD_PUBLIC_URL: z.url({ protocol: /^https?$/ }).optional(),
  REDIS_URL: z.url({ protocol: /^rediss?$/ }).optional(),
  STACKYARD_RATE_LIMITS: z.enum(['on', 'off']).default('on'),
  RATE_LIMIT_LOGIN_PER_ACCOUNT: z.coerce.number().int().min(1).default(100),
  RATE_LIMIT_LOGIN_PER_IP: z.coerce.number().int().min(1).default(30),
  RATE_LIMIT_LOGIN_WINDOW_SECONDS: z.coerce.number().int().min(1).default(60),
  RATE_LIMIT_SIGNUP_PER_IP: z.coerce.number().int().min(1).default(10),
  RATE_LIMIT_SIGNUP_WINDOW_SECONDS: z.coerce.number().int().min(1).default(3600),
  RATE_LIMIT_WRITES_PER_USER: z.coerce.number().int().min(1).default(120),
  RATE_LIMIT_WRITES_WINDOW_SECONDS: z.coerce.number().int().min(1).default(60),
  RATE_LIMIT_VOTES_PER_HOUR: z.coerce.number().int().min(1).default(600),
  RATE_LIMIT_REASONS_PER_HOUR: z.coerce.number().int().min(1).default(30),
  RATE_LIMIT_DECISIONS_PER_HOUR: z.coerce.number().int().min(1).default(20),
  /** Markdown previews of a decision being written: one per click on Preview, so more than decisions posted. */
  RATE_LIMIT_PREVIEWS_PER_HOUR: z.coerce.number().int().min(1).default(300),
  RATE_LIMIT_FOLLOWS_PER_HOUR: z.coerce.number().int().min(1).default(300),
  RATE_LIMIT_REPORTS_PER_HOUR: z.coerce.number().int().min(1).default(30),
  RATE_LIMIT_STACKS_PER_HOUR: z.coerce.number().int().min(1).default(30),
  /** Detections of dropped manifest files (POST /api/v1/detect): each reads up to 4 MB, so fewer than reads. */
  RATE_LIMIT_DETECTIONS_PER_HOUR: z.coerce.number().int().min(1).default(120),
  // Reads (GET, HEAD, OPTIONS) per minute from one address by someone not signed in; members are not counted.
  RATE_LIMIT_ANONYMOUS_READS_PER_MINUTE: z.coerce.number().int().min(1).default(600),
  // Failed sign-ins for one account from one address (the tight limit, 5 per 15 minutes); the per-account
  // limit above counts every address, over its own window, and slows sign-ins down rather than blocking.
  RATE_LIMIT_LOGIN_PER_ACCOUNT_AND_IP: z.coerce.number().int().min(1).default(5),
  RATE_LIMIT_LOGIN_PER_ACCOUNT_AND_IP_WINDOW_SECONDS: z.coerce.number().int().min(1).default(900),
  RATE_LIMIT_LOGIN_PER_ACCOUNT_WINDOW_SECONDS: z.coerce.number().int().min(1).default(3600),
  GITHUB_CLIENT_ID: z.string().min(1).optional(),
  GITHUB_CLIENT_SECRET: z.string().min(1).optional(),
  // Where GitHub's OAuth pages live (authorize and access_token paths below it); tests point it at a fake.
  GITHUB_OAUTH_URL: z.url({ protocol: /^https?$/ }).default('https://github.com'),
  // GitHub's REST API (sign-in profile, repository stats); tests point it at a local fake.
  GITHUB_API_URL: z.url({ protocol: /^https?$/ }).default('https://api.github.com'),
  // A token for the repository stats sync: GitHub allows 5,000 requests an hour with one, 60 without.
  GITHUB_TOKEN: z
    .string()
    .min(1)
    .optional()
    .or(z.literal('').transform(() => undefined)),
  // Minutes between GitHub stats syncs inside the server; 0 (the default) leaves it to `pnpm stats:sync`.
  GITHUB_SYNC_INTERVAL_MINUTES: z.coerce.number().int().min(0).max(10_080).default(0),
  // A report counts toward hiding content automatically only when its reporter's account is older than this
  // many days (and has a contribution no moderator hid); the others still reach the moderators' queue.
  REPORT_TRUST_MIN_AGE_DAYS: z.coerce.number().int().min(0).max(3650).default(7),
  // Reports one person can file in any 24 hours (counted in the database, so across every API process).
  REPORTS_PER_DAY: z.coerce.number().int().min(1).max(10_000).default(20),
  // Who may tell the server the client's address and scheme (see trustProxySchema); unset trusts nobody.
  TRUST_PROXY: trustProxySchema,
  // A request's headers must arrive within this many seconds of its first byte, the whole request
  // (headers and body) within HTTP_REQUEST_TIMEOUT_SECONDS; otherwise the answer is 408.
  HTTP_HEADERS_TIMEOUT_SECONDS: seconds(10),
  HTTP_REQUEST_TIMEOUT_SECONDS: seconds(30),
  // How long an idle keep-alive connection stays open: longer than the proxy in front keeps its own.
  HTTP_KEEP_ALIVE_TIMEOUT_SECONDS: seconds(65),
  // Open connections this process accepts; beyond them new connections are closed at once.
  HTTP_MAX_CONNECTIONS: z.coerce.number().int().min(1).max(1_000_000).default(1000),
}).superRefine((env, context) => {
  if (env.DATABASE_REPLICA_URL && !env.DATABASE_URL) {
    context.addIssue({ code: 'custom', path: ['DATABASE_REPLICA_URL'], message: 'is a replica of DATABASE_URL, which is not set' });
  }
  // Node refuses a headers timeout longer than the request timeout (the headers are part of the request).
  if (env.HTTP_HEADERS_TIMEOUT_SECONDS > env.HTTP_REQUEST_TIMEOUT_SECONDS) {
    context.addIssue({
      code: 'custom',
      path: ['HTTP_HEADERS_TIMEOUT_SECONDS'],
      message: `must not be longer than HTTP_REQUEST_TIMEOUT_SECONDS (${env.HTTP_REQUEST_TIMEOUT_SECONDS})`,
    });
  }
});

export type Env = z.infer<typeof envSchema>;

/** Every variable the server reads (deployment files are checked against it). */
export const ENV_NAMES: readonly string[] = Object.keys(envSchema.shape);

/** Parses an environment; throws an error that names every bad variable. */
export function parseEnv(source: NodeJS.ProcessEnv): Env {
  const result = envSchema.safeParse(source);
  if (result.success) return result.data;
  const problems = result.error.issues.map((issue) => `  ${issue.path.join('.')}: ${issue.message}`);
  throw new Error(`Invalid environment:\n${problems.join('\n')}`);
}

/** The environment with nothing set: every variable at its default (see defaultConfig). */
export function defaultEnv(): Env {
  return parseEnv({});
}

/** The server the scale dataset goes to when neither BENCH_DATABASE_URL nor DATABASE_URL says. */
const LOCAL_POSTGRES = 'postgres://postgres@127.0.0.1:5432';

/**
 * The scale dataset's database: BENCH_DATABASE_URL, else stackyard_bench on the server of DATABASE_URL (or
 * the local one). Never the database the site itself uses: that is refused.
 */
export function benchDatabaseUrl(env: Env): string {
  const url = env.BENCH_DATABASE_URL ?? withDatabase(env.DATABASE_URL ?? LOCAL_POSTGRES, 'stackyard_bench');
  if (env.DATABASE_URL && sameDatabase(url, env.DATABASE_URL)) {
    throw new Error(`The scale dataset's database (${redacted(url)}) is the site's DATABASE_URL: set BENCH_DATABASE_URL to another database`);
  }
  return url;
}

function withDatabase(serverUrl: string, database: string): string {
  const url = new URL(serverUrl);
  url.pathname = `/${database}`;
  return url.toString();
}

function sameDatabase(a: string, b: string): boolean {
  const [first, second] = [new URL(a), new URL(b)];
  return first.hostname === second.hostname && (first.port || '5432') === (second.port || '5432') && first.pathname === second.pathname;
}

function redacted(value: string): string {
  const url = new URL(value);
  if (url.password) url.password = '***';
  return url.toString();
}

/** The process environment, parsed once at first use. */
export function loadEnv(): Env {
  return parseEnv(process.env);
}
