/**
 * Rows, the printed table and the results JSON. Pure (no I/O but writeResults), so the shape is tested.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { derive, describeGoal, describeGoals, ratioOf, rowMet, type Goal } from './goals.js';
import type { ScenarioResult } from './pass.js';
import type { DerivedScenario, Scenario } from './scenarios.js';
import type { CeilingSlice } from './ceilings.js';

export interface Row {
  name: string;
  reqPerSec: number | null;
  p50Ms: number | null;
  p99Ms: number | null;
  p50At1Ms: number | null;
  p99At1Ms: number | null;
  /** req/s over C_json; for a derived row, the value it derives (see DERIVED). */
  ratio: number | null;
  /** SSR pages: req/s over the static file's, from the same slices. */
  ratioToStatic?: number | null;
  goal: string | null;
  goals: Goal[];
  met: boolean | null;
  failures: string[];
  note?: string;
  derivedFrom?: [string, string];
}

export interface GrowthRow {
  name: string;
  ratioBefore: number | null;
  ratioAfter: number | null;
  /** Cost per request after growth over before (ratio before / ratio after). */
  costAfterOverBefore: number | null;
  goal: string;
  met: boolean | null;
  failures: string[];
}

export interface RssReport {
  /** Where it was read: the API's own process (a child of the harness) from /proc/<pid>/status. */
  source: string;
  peakMb: number | null;
  soakStartMb: number | null;
  soakEndMb: number | null;
  growthMb: number | null;
  soakSeconds: number;
  soakRequests: number;
  soakFailures: string[];
}

const round = (value: number | null | undefined, digits: number) => (value === null || value === undefined || !Number.isFinite(value) ? null : Number(value.toFixed(digits)));

export function buildRows(scenarios: readonly Scenario[], results: readonly ScenarioResult[], derived: readonly DerivedScenario[]): Row[] {
  const rows: Row[] = results.map((result) => {
    const scenario = scenarios.find((candidate) => candidate.name === result.name);
    const goals = scenario?.goals ?? [];
    const ratio = ratioOf(result.loaded?.reqPerSec ?? null, result.cJson);
    const p99At1Ms = result.single?.p99Ms ?? null;
    return {
      name: result.name,
      reqPerSec: round(result.loaded?.reqPerSec, 1),
      p50Ms: result.loaded?.p50Ms ?? null,
      p99Ms: result.loaded?.p99Ms ?? null,
      p50At1Ms: result.single?.p50Ms ?? null,
      p99At1Ms,
      ratio: round(ratio, 4),
      ...(scenario?.againstStatic ? { ratioToStatic: round(ratioOf(result.loaded?.reqPerSec ?? null, result.static), 4) } : {}),
      goal: describeGoals(goals),
      goals,
      met: result.loaded ? rowMet(goals, { ratio, p99At1Ms }, result.failures) : false,
      failures: result.failures,
      ...(scenario?.note ? { note: scenario.note } : {}),
    };
  });
  for (const spec of derived) {
    const [first, second] = spec.of.map((name) => rows.find((row) => row.name === name));
    const failures = [first, second].flatMap((row, index) => (row ? (row.ratio === null ? [`${spec.of[index]} has no ratio`] : []) : [`${spec.of[index]} was not measured`]));
    const value = derive(spec.kind, first?.ratio ?? null, second?.ratio ?? null);
    rows.push({
      name: spec.name,
      reqPerSec: null,
      p50Ms: null,
      p99Ms: null,
      p50At1Ms: null,
      p99At1Ms: null,
      ratio: round(value, 4),
      goal: describeGoals(spec.goals),
      goals: spec.goals,
      met: rowMet(spec.goals, { ratio: value, p99At1Ms: null }, failures),
      failures,
      derivedFrom: spec.of,
    });
  }
  return rows;
}

/** After / before cost of every measured row, from its ratios to C_json in each pass. */
export function buildGrowthRows(before: readonly Row[], after: readonly Row[], goal: Goal): GrowthRow[] {
  return before
    .filter((row) => !row.derivedFrom)
    .map((row) => {
      const grown = after.find((candidate) => candidate.name === row.name);
      const cost = derive('cost', grown?.ratio ?? null, row.ratio);
      const failures = grown ? grown.failures : ['not measured after growth'];
      return {
        name: row.name,
        ratioBefore: row.ratio,
        ratioAfter: grown?.ratio ?? null,
        costAfterOverBefore: round(cost, 3),
        goal: describeGoal(goal),
        met: rowMet([goal], { ratio: cost, p99At1Ms: null }, failures),
        failures,
      };
    });
}

const cell = (value: number | null | undefined, digits = 0) => (value === null || value === undefined ? '-' : value.toFixed(digits));
const verdict = (met: boolean | null) => (met === null ? '' : met ? 'met' : 'missed');

export function formatTable(rows: readonly Row[]): string {
  const header = ['scenario', 'req/s', 'p50', 'p99', 'p50@1', 'p99@1', 'ratio', 'goal', ''];
  const lines = rows.map((row) => [
    row.name,
    cell(row.reqPerSec),
    cell(row.p50Ms, 1),
    cell(row.p99Ms, 1),
    cell(row.p50At1Ms, 1),
    cell(row.p99At1Ms, 1),
    cell(row.ratio, 3),
    row.goal ?? '',
    verdict(row.met),
  ]);
  const widths = header.map((title, column) => Math.max(title.length, ...lines.map((line) => line[column]!.length)));
  const render = (line: string[]) =>
    line
      .map((text, column) => (column === 0 || column >= 7 ? text.padEnd(widths[column]!) : text.padStart(widths[column]!)))
      .join('  ')
      .trimEnd();
  return [render(header), render(widths.map((width) => '-'.repeat(width))), ...lines.map(render)].join('\n');
}

export function formatGrowthTable(rows: readonly GrowthRow[]): string {
  const width = Math.max(...rows.map((row) => row.name.length), 8);
  return [
    `${'scenario'.padEnd(width)}  before  after  after/before cost  goal`,
    ...rows.map(
      (row) =>
        `${row.name.padEnd(width)}  ${cell(row.ratioBefore, 3).padStart(6)}  ${cell(row.ratioAfter, 3).padStart(5)}  ${cell(row.costAfterOverBefore, 2).padStart(17)}  ${row.goal} ${verdict(row.met)}`,
    ),
  ].join('\n');
}

export interface ResultsInput {
  machine: Record<string, unknown>;
  date: Date;
  scale: number;
  dataset: string;
  durationMs: number;
  ceilings: CeilingSlice;
  rows: readonly Row[];
  rss: RssReport | null;
  growth: GrowthRow[] | null;
}

/** The results file: {machine, date, scale, ceilings: {cJson, cNode}, scenarios: [{name, reqPerSec, p50Ms, p99Ms, ratio, goal, met}]} and more. */
export function buildResults(input: ResultsInput) {
  return {
    machine: input.machine,
    date: input.date.toISOString(),
    scale: input.scale,
    dataset: input.dataset,
    durationSeconds: input.durationMs / 1000,
    connections: 10,
    ceilings: {
      cJson: round(input.ceilings.cJson, 1),
      cNode: round(input.ceilings.cNode, 1),
      staticFile: round(input.ceilings.static, 1),
      cJsonOverCNode: round(ratioOf(input.ceilings.cJson, input.ceilings.cNode), 4),
    },
    scenarios: input.rows.map((row) => ({
      name: row.name,
      reqPerSec: row.reqPerSec,
      p50Ms: row.p50Ms,
      p99Ms: row.p99Ms,
      p50At1Ms: row.p50At1Ms,
      p99At1Ms: row.p99At1Ms,
      ratio: row.ratio,
      ...(row.ratioToStatic !== undefined ? { ratioToStatic: row.ratioToStatic } : {}),
      goal: row.goal,
      met: row.met,
      ...(row.failures.length ? { failures: row.failures } : {}),
      ...(row.note ? { note: row.note } : {}),
      ...(row.derivedFrom ? { derivedFrom: row.derivedFrom } : {}),
    })),
    rss: input.rss,
    ...(input.growth ? { growth: input.growth } : {}),
  };
}

export function resultsFileName(date: Date, scale: number): string {
  return `${date.toISOString().slice(0, 10)}-scale-${scale}.json`;
}

export function writeResults(directory: string, date: Date, scale: number, results: unknown): string {
  mkdirSync(directory, { recursive: true });
  const file = join(directory, resultsFileName(date, scale));
  writeFileSync(file, `${JSON.stringify(results, null, 2)}\n`);
  return file;
}

