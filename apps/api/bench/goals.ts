/**
 * Ratios, goals and whether they are met: the arithmetic behind every row of the table, kept pure so that
 * it is tested. Throughput is compared with `C_json` (GET /api/health) measured in the slices either side
 * of the scenario, so that a ratio comes from the same minutes of a shared, noisy machine.
 */

export interface Goal {
  /** ratio: req/s over C_json (or, for a derived row, the value it derives); p99At1Ms: p99 at 1 connection. */
  metric: 'ratio' | 'p99At1Ms';
  op: '>=' | '<=';
  value: number;
}

export const atLeast = (value: number): Goal => ({ metric: 'ratio', op: '>=', value });
export const atMost = (value: number): Goal => ({ metric: 'ratio', op: '<=', value });
export const p99At1AtMost = (ms: number): Goal => ({ metric: 'p99At1Ms', op: '<=', value: ms });

/** The mean of the ceiling slices measured just before and just after a scenario (the ones there are). */
export function neighbourMean(before: number | null, after: number | null): number | null {
  const known = [before, after].filter((value): value is number => value !== null && Number.isFinite(value) && value > 0);
  return known.length === 0 ? null : known.reduce((sum, value) => sum + value, 0) / known.length;
}

/** reqPerSec over the ceiling; null when either is unknown or the ceiling is zero. */
export function ratioOf(reqPerSec: number | null, ceiling: number | null): number | null {
  if (reqPerSec === null || ceiling === null || !(ceiling > 0)) return null;
  return reqPerSec / ceiling;
}

export function describeGoal(goal: Goal): string {
  return goal.metric === 'ratio' ? `${goal.op} ${goal.value.toFixed(2)}` : `p99@1 ${goal.op} ${goal.value} ms`;
}

export function describeGoals(goals: readonly Goal[]): string | null {
  return goals.length === 0 ? null : goals.map(describeGoal).join('; ');
}

export function goalMet(goal: Goal, values: { ratio: number | null; p99At1Ms: number | null }): boolean {
  const value = values[goal.metric];
  if (value === null || !Number.isFinite(value)) return false;
  return goal.op === '>=' ? value >= goal.value : value <= goal.value;
}

/**
 * Whether a row meets its goals: false as soon as it had a failure (a non-2xx answer or an error is never
 * counted as throughput), null when it has no goal, otherwise whether every goal holds.
 */
export function rowMet(goals: readonly Goal[], values: { ratio: number | null; p99At1Ms: number | null }, failures: readonly string[]): boolean | null {
  if (failures.length > 0) return false;
  if (goals.length === 0) return null;
  return goals.every((goal) => goalMet(goal, values));
}

/**
 * How a derived row is computed from two measured rows' ratios:
 * - share: first / second (e.g. popular / rare: how much of the rare tool's speed the popular one keeps);
 * - cost: second / first, i.e. the first's cost per request over the second's (e.g. page 200 / page 1).
 * Both use the ratios to C_json, not raw req/s, so the two rows need not come from the same seconds.
 */
export type Derivation = 'share' | 'cost';

export function derive(kind: Derivation, first: number | null, second: number | null): number | null {
  if (first === null || second === null || !(first > 0) || !(second > 0)) return null;
  return kind === 'share' ? first / second : second / first;
}
