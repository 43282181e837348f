/**
 * The mixed soak: the scenarios marked `soak` in turn, request after request, at 10 connections, while the
 * API's resident memory is read from /proc/<pid>/status (it runs in its own process). Growth is its RSS
 * at the end over its RSS at the start; the peak is the kernel's high-water mark for the whole run.
 */
import { CONNECTIONS } from './ceilings.js';
import { failuresOf, measure, type BenchRequest, type RequestPlan } from './measure.js';
import type { ChildServer } from './processes.js';
import type { RssReport } from './report.js';
import type { Scenario } from './scenarios.js';

export async function soak(api: ChildServer, scenarios: readonly Scenario[], soakMs: number): Promise<RssReport> {
  const mixed = scenarios.filter((scenario) => scenario.soak);
  const plan: RequestPlan = {
    make: (connection, sent): BenchRequest => {
      const scenario = mixed[(sent + connection) % mixed.length]!;
      return 'fixed' in scenario.plan ? scenario.plan.fixed : scenario.plan.make(connection, Math.floor(sent / mixed.length));
    },
  };
  console.log(`Soak: ${mixed.length} scenarios mixed for ${(soakMs / 1000).toFixed(0)} s at ${CONNECTIONS} connections, reading the API's RSS`);
  const start = api.rss();
  const result = await measure(api.origin, plan, CONNECTIONS, soakMs);
  const end = api.rss();
  const growthMb = start && end ? end.nowMb - start.nowMb : null;
  console.log(
    `  ${result.reqPerSec.toFixed(0)} req/s; RSS ${start?.nowMb.toFixed(0) ?? '?'} -> ${end?.nowMb.toFixed(0) ?? '?'} MB, peak ${end?.peakMb.toFixed(0) ?? '?'} MB`,
  );
  const round = (value: number | null | undefined) => (value === null || value === undefined ? null : Number(value.toFixed(1)));
  return {
    source: `the API's own process (pid ${api.pid}), /proc/${api.pid}/status VmRSS and VmHWM`,
    peakMb: round(end?.peakMb),
    soakStartMb: round(start?.nowMb),
    soakEndMb: round(end?.nowMb),
    growthMb: round(growthMb),
    soakSeconds: soakMs / 1000,
    soakRequests: result.requests,
    soakFailures: failuresOf(result, 'soak'),
  };
}
