import autocannon from 'autocannon';

/** One HTTP request of a scenario. */
export interface BenchRequest {
  method: 'GET' | 'POST' | 'PUT';
  path: string;
  headers?: Record<string, string>;
  body?: string;
}

/**
 * What a scenario sends: the same request every time, or one made per request from the connection's number
 * and how many that connection has sent (votes walk their reasons, stack creation names each stack).
 */
export type RequestPlan = { fixed: BenchRequest } | { make: (connection: number, sent: number) => BenchRequest };

export interface Measurement {
  reqPerSec: number;
  p50Ms: number;
  p99Ms: number;
  requests: number;
  /** Answers that were not 2xx, errors and timeouts: each one makes the scenario "missed". */
  non2xx: number;
  errors: number;
  timeouts: number;
  statusCodes: Record<string, number>;
}

/** Absolute bound on requests per measurement, on top of its duration. */
const MAX_REQUESTS = 5_000_000;

export function firstRequest(plan: RequestPlan): BenchRequest {
  return 'fixed' in plan ? plan.fixed : plan.make(0, 0);
}

/** Measures a plan against origin (http://127.0.0.1:port) for durationMs at the given connections. */
export async function measure(origin: string, plan: RequestPlan, connections: number, durationMs: number): Promise<Measurement> {
  const common = {
    url: origin,
    connections,
    duration: durationMs / 1000,
    maxOverallRequests: MAX_REQUESTS,
    timeout: 10,
  };
  let options: autocannon.Options;
  if ('fixed' in plan) {
    options = { ...common, url: `${origin}${plan.fixed.path}`, method: plan.fixed.method, headers: plan.fixed.headers, body: plan.fixed.body };
  } else {
    // Each connection gets its own number on its first request (its context is its own), and counts what it sent.
    let connectionsSeen = 0;
    options = {
      ...common,
      requests: [
        {
          setupRequest: (request: autocannon.Request, state: object) => {
            const context = state as { connection?: number; sent?: number };
            context.connection ??= connectionsSeen++;
            context.sent ??= 0;
            const next = plan.make(context.connection, context.sent++);
            return { ...request, method: next.method, path: next.path, headers: next.headers ?? {}, body: next.body };
          },
        },
      ],
    };
  }
  const result = await autocannon(options);
  const statusCodes: Record<string, number> = {};
  for (const [code, stats] of Object.entries(result.statusCodeStats ?? {})) statusCodes[code] = (stats as { count: number }).count;
  const seconds = result.duration > 0 ? result.duration : durationMs / 1000;
  return {
    reqPerSec: result.requests.total / seconds,
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    requests: result.requests.total,
    non2xx: result.non2xx,
    errors: result.errors,
    timeouts: result.timeouts,
    statusCodes,
  };
}

/** What went wrong in a measurement, one phrase per kind (empty when every answer was 2xx). */
export function failuresOf(measurement: Measurement, phase: string): string[] {
  const failures: string[] = [];
  if (measurement.non2xx > 0) {
    const codes = Object.entries(measurement.statusCodes)
      .filter(([code]) => !code.startsWith('2'))
      .map(([code, count]) => `${count}x ${code}`)
      .join(', ');
    failures.push(`${phase}: ${measurement.non2xx} non-2xx answers (${codes || 'codes unknown'})`);
  }
  if (measurement.errors > 0) failures.push(`${phase}: ${measurement.errors} errors (${measurement.timeouts} of them timeouts)`);
  if (measurement.requests === 0) failures.push(`${phase}: no request completed`);
  return failures;
}

/** One request with fetch, before measuring: a scenario whose request fails is reported with what came back. */
export async function probe(origin: string, request: BenchRequest): Promise<{ ok: true } | { ok: false; problem: string }> {
  try {
    const response = await fetch(`${origin}${request.path}`, {
      method: request.method,
      headers: request.headers,
      body: request.body,
      redirect: 'manual',
      signal: AbortSignal.timeout(30_000),
    });
    const text = await response.text();
    if (response.ok) return { ok: true };
    return { ok: false, problem: `${request.method} ${request.path} answered ${response.status}: ${text.slice(0, 200).replace(/\s+/g, ' ')}` };
  } catch (error) {
    return { ok: false, problem: `${request.method} ${request.path} failed: ${error instanceof Error ? error.message : String(error)}` };
  }
}
