import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { helmChartParser } from './helm-chart.js';

const fixture = (path: string) => readFileSync(new URL(`./fixtures/helm/${path}`, import.meta.url), 'utf8');
const withFiles = (paths: string[]) => ({ readText: (path: string) => (paths.includes(path) ? fixture(path) : undefined) });
const parse = (path: string, content = fixture(path), others: string[] = []) => helmChartParser.parse({ path, content }, withFiles(others));

describe('Helm Chart.yaml', () => {
  it('names the charts a chart depends on, with their versions', () => {
    const { signals, packageName } = parse('chart/Chart.yaml');
    expect(signals.map((signal) => [signal.kind, signal.name, signal.line, signal.version])).toEqual([
      ['helm', 'postgresql', 6, '15.5.1'],
      ['helm', 'redis', 9, '19.x.x'],
      ['helm', 'kube-prometheus-stack', 14, undefined],
    ]);
    expect(signals[0]!.snippet).toBe('- name: postgresql');
    expect(packageName).toBe('shop');
  });

  it('reads the requirements.yaml of a v1 chart, and only beside a Chart.yaml', () => {
    expect(helmChartParser.matches('legacy/requirements.yaml')).toBe(true);
    expect(parse('legacy/requirements.yaml', undefined, ['legacy/Chart.yaml']).signals.map((signal) => [signal.name, signal.line, signal.version])).toEqual([['mongodb', 2, '~7.8.0']]);
    expect(parse('legacy/requirements.yaml').signals).toEqual([]);
  });

  it('keeps what a broken chart gives and reports it', () => {
    const { signals, problems } = parse('Chart.yaml', 'name: x\ndependencies:\n  - name: redis\n  - name: [oops\n');
    expect(signals.map((signal) => signal.name)).toEqual(['redis']);
    expect(problems![0]).toMatch(/^not valid YAML/);
  });
});
