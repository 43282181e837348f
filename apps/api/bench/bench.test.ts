import { describe, expect, it } from 'vitest';
import { parseArgs, parseDuration, selected } from './args.js';
import { atLeast, atMost, derive, neighbourMean, p99At1AtMost, ratioOf, rowMet } from './goals.js';
import type { Measurement } from './measure.js';
import { failuresOf } from './measure.js';
import type { ScenarioResult } from './pass.js';
import { buildGrowthRows, buildResults, buildRows, resultsFileName } from './report.js';
import { distinctText, triples, type DerivedScenario, type Scenario } from './scenarios.js';

describe('bench arguments', () => {
  it('defaults to scale 1, 10 s per scenario and a 2-minute soak', () => {
    expect(parseArgs([])).toEqual({ scale: 1, durationMs: 10_000, sliceMs: 2500, singleMs: 5000, soakMs: 120_000, growth: false, only: null });
  });

  it("scales the slices and the soak down with the CI smoke's arguments", () => {
    const args = parseArgs(['--scale', '0.01', '--duration', '2s']);
    expect(args).toMatchObject({ scale: 0.01, durationMs: 2000, sliceMs: 500, singleMs: 1000, soakMs: 24_000, growth: false });
  });

  it('takes --name=value, --soak and --growth, and ignores the -- pnpm passes on', () => {
    expect(parseArgs(['--', '--duration=500ms', '--soak', '1m', '--growth'])).toMatchObject({ durationMs: 500, soakMs: 60_000, growth: true });
  });

  it('measures only the scenarios --only names a word of', () => {
    const args = parseArgs(['--only', 'Search, comparison']);
    expect(args.only).toEqual(['search', 'comparison']);
    expect(selected(args, 'search, 3 letters')).toBe(true);
    expect(selected(args, 'SSR comparison page')).toBe(true);
    expect(selected(args, 'feed, 200 follows')).toBe(false);
    expect(selected(parseArgs([]), 'feed, 200 follows')).toBe(true);
    expect(() => parseArgs(['--only', ' , '])).toThrow(/--only needs words/);
  });

  it('refuses what it does not understand, naming it', () => {
    expect(() => parseArgs(['--scale', '0'])).toThrow(/--scale/);
    expect(() => parseArgs(['--scale'])).toThrow(/needs a value/);
    expect(() => parseArgs(['--duration', 'soon'])).toThrow(/not a duration/);
    expect(() => parseArgs(['--connections', '5'])).toThrow(/unknown argument "--connections"/);
    expect(() => parseDuration('1h')).toThrow();
    expect(() => parseDuration('20m')).toThrow(/between/);
  });
});

describe('ratios and goals', () => {
  it('takes the mean of the neighbouring ceiling slices that exist', () => {
    expect(neighbourMean(1000, 2000)).toBe(1500);
    expect(neighbourMean(null, 800)).toBe(800);
    expect(neighbourMean(null, null)).toBeNull();
    expect(ratioOf(300, 1500)).toBeCloseTo(0.2);
    expect(ratioOf(300, 0)).toBeNull();
  });

  it('meets a goal only when every part holds and nothing failed', () => {
    const feed = [atLeast(0.1), p99At1AtMost(15)];
    expect(rowMet(feed, { ratio: 0.12, p99At1Ms: 14 }, [])).toBe(true);
    expect(rowMet(feed, { ratio: 0.12, p99At1Ms: 16 }, [])).toBe(false);
    expect(rowMet(feed, { ratio: 0.09, p99At1Ms: 5 }, [])).toBe(false);
    expect(rowMet(feed, { ratio: 0.5, p99At1Ms: 5 }, ['10 connections: 3 non-2xx answers'])).toBe(false);
    expect(rowMet([], { ratio: 0.5, p99At1Ms: 5 }, [])).toBeNull();
    expect(rowMet([atMost(1.5)], { ratio: null, p99At1Ms: null }, [])).toBe(false);
  });

  it('derives shares and costs from two ratios', () => {
    expect(derive('share', 0.2, 0.4)).toBeCloseTo(0.5);
    // page 200 at 0.2 of C_json, page 1 at 0.3: page 200 costs 1.5 times as much
    expect(derive('cost', 0.2, 0.3)).toBeCloseTo(1.5);
    expect(derive('cost', 0, 0.3)).toBeNull();
  });

  it('counts every non-2xx answer and error as a failure', () => {
    const measurement: Measurement = { reqPerSec: 10, p50Ms: 1, p99Ms: 2, requests: 20, non2xx: 3, errors: 1, timeouts: 1, statusCodes: { '200': 17, '403': 3 } };
    expect(failuresOf(measurement, 'run')).toEqual(['run: 3 non-2xx answers (3x 403)', 'run: 1 errors (1 of them timeouts)']);
    expect(failuresOf({ ...measurement, non2xx: 0, errors: 0, timeouts: 0 }, 'run')).toEqual([]);
  });
});

describe('rows and the results file', () => {
  const measured = (reqPerSec: number, p99Ms = 10): Measurement => ({ reqPerSec, p50Ms: p99Ms / 2, p99Ms, requests: 100, non2xx: 0, errors: 0, timeouts: 0, statusCodes: { '200': 100 } });
  const result = (name: string, reqPerSec: number, cJson: number, failures: string[] = []): ScenarioResult => ({
    name,
    loaded: measured(reqPerSec),
    single: measured(reqPerSec / 5, 12),
    cJson,
    cNode: cJson * 2,
    static: cJson * 1.5,
    failures,
  });
  const fixed = { fixed: { method: 'GET' as const, path: '/' } };
  const scenarios: Scenario[] = [
    { name: 'popular', plan: fixed, goals: [atLeast(0.4)] },
    { name: 'rare', plan: fixed, goals: [atLeast(0.4)] },
    { name: 'page', plan: fixed, goals: [], againstStatic: true },
  ];
  const derived: DerivedScenario[] = [{ name: 'popular / rare', kind: 'share', of: ['popular', 'rare'], goals: [atLeast(0.8)] }];

  it('builds one row per scenario and per derived pair, ratios to the neighbouring C_json', () => {
    const rows = buildRows(scenarios, [result('popular', 300, 1000), result('rare', 500, 1000), result('page', 150, 1000, ['1 connection: 2 errors'])], derived);
    expect(rows.map((row) => [row.name, row.ratio, row.met])).toEqual([
      ['popular', 0.3, false],
      ['rare', 0.5, true],
      ['page', 0.15, false],
      ['popular / rare', 0.6, false],
    ]);
    expect(rows[2]!.ratioToStatic).toBe(0.1);
    expect(rows[0]!.goal).toBe('>= 0.40');
  });

  it('writes the results in their documented shape', () => {
    const rows = buildRows(scenarios, [result('popular', 300, 1000), result('rare', 500, 1000), result('page', 150, 1000)], derived);
    const results = buildResults({
      machine: { cpu: 'test' },
      date: new Date('2026-12-02T10:00:00Z'),
      scale: 0.01,
      dataset: 'demo',
      durationMs: 2000,
      ceilings: { cJson: 1000, cNode: 2000, static: 1500 },
      rows,
      rss: null,
      growth: null,
    });
    expect(Object.keys(results)).toEqual(expect.arrayContaining(['machine', 'date', 'scale', 'ceilings', 'scenarios']));
    expect(results.ceilings).toMatchObject({ cJson: 1000, cNode: 2000 });
    expect(results.date).toBe('2026-12-02T10:00:00.000Z');
    for (const scenario of results.scenarios) {
      expect(Object.keys(scenario)).toEqual(expect.arrayContaining(['name', 'reqPerSec', 'p50Ms', 'p99Ms', 'ratio', 'goal', 'met']));
    }
    expect(JSON.parse(JSON.stringify(results))).toEqual(results);
    expect(resultsFileName(new Date('2026-12-02T23:59:00Z'), 0.01)).toBe('2026-12-02-scale-0.01.json');
  });

  it('reports the cost after growth over before, per measured scenario', () => {
    const before = buildRows(scenarios, [result('popular', 300, 1000), result('rare', 500, 1000), result('page', 150, 1000)], derived);
    const after = buildRows(scenarios, [result('popular', 200, 1000), result('rare', 480, 1000)], []);
    const growth = buildGrowthRows(before, after, atMost(1.3));
    expect(growth.map((row) => [row.name, row.costAfterOverBefore, row.met])).toEqual([
      ['popular', 1.5, false],
      ['rare', 1.042, true],
      ['page', null, false],
    ]);
  });
});

describe('requests that are never served from a cache', () => {
  it('gives every text of the length once before any comes back', () => {
    const texts = Array.from({ length: 26 ** 3 }, (_, index) => distinctText(index, 3));
    expect(new Set(texts).size).toBe(26 ** 3);
    expect(texts.every((text) => /^[a-z]{3}$/.test(text))).toBe(true);
    expect(distinctText(26 ** 3, 3)).toBe(texts[0]);
    expect(distinctText(123_456, 6)).toMatch(/^[a-z]{6}$/);
  });

  it('lists every three of the tools once', () => {
    expect(triples(['a', 'b', 'c', 'd'])).toEqual([['a', 'b', 'c'], ['a', 'b', 'd'], ['a', 'c', 'd'], ['b', 'c', 'd']]);
    expect(triples(Array.from({ length: 40 }, (_, index) => `t${index}`))).toHaveLength(9880);
  });
});
