/**
 * The ceilings every ratio is taken against, measured in short slices between the scenarios:
 * - C_json: GET /api/health on the API (Express, the same middleware, one SELECT 1);
 * - C_node: node:http and pg SELECT 1 in a process of their own (node-ceiling.ts), no Express;
 * - static: a file of the web build served by the same API process (what SSR pages are held against).
 */
import { neighbourMean } from './goals.js';
import { failuresOf, measure, type RequestPlan } from './measure.js';

export const CONNECTIONS = 10;
/** A file every web build ships, served by express.static after the same security headers and logging. */
export const STATIC_PATH = '/favicon.svg';

export interface CeilingSlice {
  cJson: number;
  cNode: number;
  static: number;
}

export interface CeilingTargets {
  api: string;
  node: string;
}

const plans = {
  cJson: { fixed: { method: 'GET', path: '/api/health' } } satisfies RequestPlan,
  cNode: { fixed: { method: 'GET', path: '/' } } satisfies RequestPlan,
  static: { fixed: { method: 'GET', path: STATIC_PATH } } satisfies RequestPlan,
};

/** One slice of each ceiling; a ceiling that answers anything but 2xx is a broken run, not a slow one. */
export async function measureCeilings(origins: CeilingTargets, sliceMs: number): Promise<CeilingSlice> {
  const cJson = await measure(origins.api, plans.cJson, CONNECTIONS, sliceMs);
  const cNode = await measure(origins.node, plans.cNode, CONNECTIONS, sliceMs);
  const staticFile = await measure(origins.api, plans.static, CONNECTIONS, sliceMs);
  const failures = [...failuresOf(cJson, 'C_json'), ...failuresOf(cNode, 'C_node'), ...failuresOf(staticFile, 'static file')];
  if (failures.length > 0) throw new Error(`A ceiling failed: ${failures.join('; ')}`);
  return { cJson: cJson.reqPerSec, cNode: cNode.reqPerSec, static: staticFile.reqPerSec };
}

/** The mean of the slices either side of a scenario. */
export function neighbours(before: CeilingSlice | null, after: CeilingSlice | null): { cJson: number | null; cNode: number | null; static: number | null } {
  return {
    cJson: neighbourMean(before?.cJson ?? null, after?.cJson ?? null),
    cNode: neighbourMean(before?.cNode ?? null, after?.cNode ?? null),
    static: neighbourMean(before?.static ?? null, after?.static ?? null),
  };
}

/** The mean over every slice of a pass: the run's ceilings as reported. */
export function overall(slices: readonly CeilingSlice[]): CeilingSlice {
  const mean = (pick: (slice: CeilingSlice) => number) => (slices.length === 0 ? 0 : slices.reduce((sum, slice) => sum + pick(slice), 0) / slices.length);
  return { cJson: mean((slice) => slice.cJson), cNode: mean((slice) => slice.cNode), static: mean((slice) => slice.static) };
}
