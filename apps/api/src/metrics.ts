import type { NextFunction, Request, Response } from 'express';
import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';

/** A connection pool's state at this moment (PostgreSQL's; the embedded database has none). */
export interface PoolStats {
  total: number;
  idle: number;
  waiting: number;
}

/** What this process counts for Prometheus, in a registry of its own (each server, and each test's, apart). */
export interface Metrics {
  registry: Registry;
  /** Every answer: its method, route (the contract's path, not the URL) and status; count and latency. */
  requests: Histogram<'method' | 'route' | 'status'>;
  /** Requests refused by a rate limit, by limit (its name, as the 429's message gives it). */
  rateLimitRefusals: Counter<'limit'>;
  /** In-process caches' lookups, by cache and hit or miss. */
  cacheLookups: Counter<'cache' | 'outcome'>;
  /** Public reads, by the database that served them: the replica, or the primary when the replica was not fit. */
  publicReads: Counter<'database'>;
  /** The read replica: 1 while it is used, 0 while reads go to the primary instead. */
  replicaHealthy: Gauge;
  /** How far the replica's replay is behind the primary, in seconds (0 when it has everything; -1 unknown). */
  replicaLag: Gauge;
}

/** Where a rate limit that refused a request names itself (`res.locals`), for the refusals' count. */
export const REFUSED_BY = 'refusedByLimit';

/** Latency buckets, in seconds: from a cached read to a request that waits out its timeout. */
const LATENCY_BUCKETS = [0.002, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];

export function createMetrics(poolStats: (() => PoolStats) | null = null): Metrics {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry, prefix: 'stackyard_' });
  const requests = new Histogram({
    name: 'stackyard_http_request_duration_seconds',
    help: 'HTTP requests by method, route and status: their count and how long each took to answer',
    labelNames: ['method', 'route', 'status'] as const,
    buckets: LATENCY_BUCKETS,
    registers: [registry],
  });
  const rateLimitRefusals = new Counter({
    name: 'stackyard_rate_limit_refusals_total',
    help: 'Requests refused with 429 by a rate limit, by limit',
    labelNames: ['limit'] as const,
    registers: [registry],
  });
  const cacheLookups = new Counter({
    name: 'stackyard_cache_lookups_total',
    help: "Lookups in the process's own caches, by cache and outcome (hit or miss)",
    labelNames: ['cache', 'outcome'] as const,
    registers: [registry],
  });
  const publicReads = new Counter({
    name: 'stackyard_db_public_reads_total',
    help: 'Public reads meant for the read replica, by the database that served them (primary: the replica was down or lagging)',
    labelNames: ['database'] as const,
    registers: [registry],
  });
  const replicaHealthy = new Gauge({ name: 'stackyard_db_replica_healthy', help: 'Whether public reads go to the read replica (1) or to the primary (0)', registers: [registry] });
  const replicaLag = new Gauge({ name: 'stackyard_db_replica_lag_seconds', help: "How far the read replica's replay is behind the primary (-1: unknown)", registers: [registry] });
  if (poolStats) {
    new Gauge({
      name: 'stackyard_db_pool_connections',
      help: 'Database connections of the pool: in use, idle, and callers waiting for one',
      labelNames: ['state'] as const,
      registers: [registry],
      collect() {
        const { total, idle, waiting } = poolStats();
        this.set({ state: 'in_use' }, total - idle);
        this.set({ state: 'idle' }, idle);
        this.set({ state: 'waiting' }, waiting);
      },
    });
  }
  return { registry, requests, rateLimitRefusals, cacheLookups, publicReads, replicaHealthy, replicaLag };
}

/**
 * Times every request and counts it under its route once answered: the matched route's path (Express's
 * pattern, `/api/v1/tools/:slug`), or `page` for the site's pages and `none` for what matched nothing, so
 * that the labels stay few whatever URLs are asked for.
 */
export function measureRequests(metrics: Metrics) {
  return (req: Request, res: Response, next: NextFunction) => {
    const stop = metrics.requests.startTimer();
    res.once('finish', () => {
      const route = req.route ? `${req.baseUrl}${String((req.route as { path: string }).path)}` : req.method === 'GET' && res.statusCode < 400 ? 'page' : 'none';
      stop({ method: req.method, route, status: String(res.statusCode) });
      const limit: unknown = res.locals[REFUSED_BY];
      if (typeof limit === 'string') metrics.rateLimitRefusals.inc({ limit });
    });
    next();
  };
}
