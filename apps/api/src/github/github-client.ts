import { z } from 'zod';

export interface GithubClientOptions {
  /** https://api.github.com, or a stand-in (tests run a local fake). */
  baseUrl: string;
  /** Raises the limit from 60 to 5,000 requests an hour. */
  token?: string | undefined;
  /** Milliseconds since the epoch; tests move it. */
  now?: () => number;
  timeoutMs?: number;
}

export interface RepositoryStats {
  stars: number;
  forks: number;
  /** SPDX id, null when GitHub does not know it ("NOASSERTION") or there is no licence. */
  license: string | null;
  pushedAt: Date | null;
}

export type RepositoryResult =
  | { kind: 'ok'; stats: RepositoryStats }
  | { kind: 'not_found' }
  /** GitHub asked us to wait; no request is sent before `until`. */
  | { kind: 'rate_limited'; until: Date }
  | { kind: 'failed'; reason: string };

export interface GithubClient {
  getRepository(fullName: string, signal?: AbortSignal): Promise<RepositoryResult>;
  /** When requests may resume, or null when nothing holds them back. */
  blockedUntil(): Date | null;
}

const repositorySchema = z.object({
  stargazers_count: z.number().int().nonnegative(),
  forks_count: z.number().int().nonnegative(),
  license: z.object({ spdx_id: z.string().nullable().optional() }).nullable().optional(),
  pushed_at: z.string().nullable().optional(),
});

/** Without a hint from GitHub, how long to wait after being told to slow down. */
const DEFAULT_BACKOFF_MS = 60_000;
const SPDX_ID = /^[A-Za-z0-9.+-]{1,64}$/;

function headerNumber(headers: Headers, name: string): number | null {
  const value = headers.get(name);
  if (value === null || value.trim() === '') return null;
  const number = Number(value);
  return Number.isFinite(number) ? number : null;
}

/**
 * GitHub's REST API, the repository endpoint only, polite about rate limits: when a response says the
 * quota is spent (x-ratelimit-remaining: 0, until x-ratelimit-reset) or answers 403/429 with retry-after,
 * the client stops sending requests until then and reports `rate_limited` instead.
 */
export function createGithubClient(options: GithubClientOptions): GithubClient {
  const baseUrl = options.baseUrl.replace(/\/+$/, '');
  const now = options.now ?? Date.now;
  let resumeAt = 0;

  /** Reads the rate-limit headers; returns when to resume if the response says to stop. */
  function backoffFrom(response: Response): number | null {
    const retryAfter = headerNumber(response.headers, 'retry-after');
    const remaining = headerNumber(response.headers, 'x-ratelimit-remaining');
    const reset = headerNumber(response.headers, 'x-ratelimit-reset');
    if (retryAfter !== null) return now() + retryAfter * 1000;
    if (remaining === 0) return reset !== null ? reset * 1000 : now() + DEFAULT_BACKOFF_MS;
    if (response.status === 429) return now() + DEFAULT_BACKOFF_MS;
    return null;
  }

  return {
    blockedUntil: () => (resumeAt > now() ? new Date(resumeAt) : null),

    async getRepository(fullName, signal) {
      if (resumeAt > now()) return { kind: 'rate_limited', until: new Date(resumeAt) };
      const [owner, repo] = fullName.split('/');
      if (!owner || !repo) return { kind: 'failed', reason: `"${fullName}" is not owner/repo` };

      const timeout = AbortSignal.timeout(options.timeoutMs ?? 10_000);
      let response: Response;
      try {
        response = await fetch(`${baseUrl}/repos/${encodeURIComponent(owner)}/${encodeURIComponent(repo)}`, {
          headers: {
            accept: 'application/vnd.github+json',
            'x-github-api-version': '2022-11-28',
            'user-agent': 'stackyard-stats-sync',
            ...(options.token ? { authorization: `Bearer ${options.token}` } : {}),
          },
          signal: signal ? AbortSignal.any([signal, timeout]) : timeout,
        });
      } catch (error) {
        return { kind: 'failed', reason: error instanceof Error ? error.message : String(error) };
      }

      const backoff = backoffFrom(response);
      if (backoff !== null) resumeAt = Math.max(resumeAt, backoff);
      // A 403 that carries no rate-limit signal is a plain refusal (a private repository, say), not a limit.
      if ((response.status === 403 || response.status === 429) && backoff !== null) {
        await response.body?.cancel();
        return { kind: 'rate_limited', until: new Date(resumeAt) };
      }
      if (response.status === 404) {
        await response.body?.cancel();
        return { kind: 'not_found' };
      }
      if (!response.ok) {
        await response.body?.cancel();
        return { kind: 'failed', reason: `GitHub answered ${response.status}` };
      }

      const parsed = repositorySchema.safeParse(await response.json().catch(() => null));
      if (!parsed.success) return { kind: 'failed', reason: 'GitHub answered with an unexpected body' };
      const spdx = parsed.data.license?.spdx_id ?? null;
      const pushedAt = parsed.data.pushed_at ? new Date(parsed.data.pushed_at) : null;
      return {
        kind: 'ok',
        stats: {
          stars: parsed.data.stargazers_count,
          forks: parsed.data.forks_count,
          license: spdx && spdx !== 'NOASSERTION' && SPDX_ID.test(spdx) ? spdx : null,
          pushedAt: pushedAt && !Number.isNaN(pushedAt.getTime()) ? pushedAt : null,
        },
      };
    },
  };
}
