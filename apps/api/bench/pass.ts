/**
 * A pass over the scenarios: ceiling slice, scenario, ceiling slice, scenario, ... so that each scenario's
 * ceilings are the slices just before and after it. Then the short pass at 1 connection for latencies.
 */
import { CONNECTIONS, measureCeilings, neighbours, type CeilingSlice, type CeilingTargets } from './ceilings.js';
import { failuresOf, firstRequest, measure, probe, type Measurement } from './measure.js';
import type { Scenario } from './scenarios.js';

export interface ScenarioResult {
  name: string;
  /** Null when its first request failed: it was not measured. */
  loaded: Measurement | null;
  single: Measurement | null;
  /** Ceilings around it (the mean of the neighbouring slices). */
  cJson: number | null;
  cNode: number | null;
  static: number | null;
  failures: string[];
}

export interface PassResult {
  slices: CeilingSlice[];
  scenarios: ScenarioResult[];
}

export interface PassOptions {
  origins: CeilingTargets;
  durationMs: number;
  sliceMs: number;
  singleMs: number;
  /** Stops the pass when the API is gone (a crash is not a slow scenario). */
  check: () => void;
  label: string;
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(ms < 1000 ? 1 : 0)} s`;

/** Longest wait for the requests a scenario left in flight (slow pages) before the next ceiling slice. */
const SETTLE_MS = 3_000;

/**
 * Waits until the API answers /api/health quickly again: a measurement stops sending, but the server still
 * finishes what was in flight, and that must not be charged to the ceiling slice that follows. Bounded.
 */
async function settle(api: string): Promise<void> {
  const deadline = Date.now() + SETTLE_MS;
  while (Date.now() < deadline) {
    const started = performance.now();
    const response = await fetch(`${api}/api/health`, { signal: AbortSignal.timeout(SETTLE_MS) }).catch(() => null);
    await response?.arrayBuffer();
    if (response?.ok && performance.now() - started < 50) return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

export async function runPass(scenarios: readonly Scenario[], options: PassOptions): Promise<PassResult> {
  const { origins, durationMs, sliceMs, singleMs, check, label } = options;
  const started = Date.now();
  const elapsed = () => `${((Date.now() - started) / 1000).toFixed(0)} s`;
  const slices: CeilingSlice[] = [];
  const results: ScenarioResult[] = [];
  console.log(`${label}: ${scenarios.length} scenarios, ${seconds(durationMs)} each at ${CONNECTIONS} connections, ceilings for ${seconds(sliceMs)} between them`);
  // A first slice, discarded, warms the API up (JIT, pools) so that the first scenario's ceiling is a fair one.
  await measureCeilings(origins, sliceMs);
  let before = await measureCeilings(origins, sliceMs);
  slices.push(before);
  for (const [index, scenario] of scenarios.entries()) {
    check();
    const tag = `  [${String(index + 1).padStart(2)}/${scenarios.length}] ${scenario.name}`;
    const probed = await probe(origins.api, firstRequest(scenario.plan));
    if (!probed.ok) {
      console.log(`${tag}: not measured, ${probed.problem}`);
      results.push({ name: scenario.name, loaded: null, single: null, cJson: null, cNode: null, static: null, failures: [probed.problem] });
      continue;
    }
    const loaded = await measure(origins.api, scenario.plan, CONNECTIONS, durationMs);
    check();
    await settle(origins.api);
    const after = await measureCeilings(origins, sliceMs);
    slices.push(after);
    const around = neighbours(before, after);
    before = after;
    const failures = failuresOf(loaded, `${CONNECTIONS} connections`);
    console.log(
      `${tag}: ${loaded.reqPerSec.toFixed(0)} req/s, p99 ${loaded.p99Ms} ms (C_json ${around.cJson?.toFixed(0)} req/s)` +
        `${failures.length ? `, ${failures.join('; ')}` : ''} [${elapsed()}]`,
    );
    results.push({ name: scenario.name, loaded, single: null, ...around, failures });
  }
  console.log(`${label}, latencies at 1 connection (${seconds(singleMs)} each)`);
  for (const result of results) {
    if (!result.loaded) continue;
    check();
    const scenario = scenarios.find((candidate) => candidate.name === result.name)!;
    const single = await measure(origins.api, scenario.plan, 1, singleMs);
    result.single = single;
    result.failures.push(...failuresOf(single, '1 connection'));
    console.log(`  ${result.name}: p50 ${single.p50Ms} ms, p99 ${single.p99Ms} ms [${elapsed()}]`);
  }
  return { slices, scenarios: results };
}
