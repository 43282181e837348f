import type { Comparison } from '@stackyard/domain';
import { LazyLineChart } from '../../components/lazy-line-chart.js';
import { formatExactCount, pluralize } from '../tools/tool-format.js';
import { RECENT_MONTHS } from './compare-differences.js';
import { formatMonth, summarizeAdoption } from './compare-stats.js';

/** How many stacks added each tool, month by month over the chart's two years, and the same in figures. */
export function CompareAdoption({ comparison }: { comparison: Comparison }) {
  const names = new Map(comparison.tools.map((tool) => [tool.slug, tool.name]));
  const summaries = summarizeAdoption(comparison.adoption, RECENT_MONTHS);
  const years = Math.round(comparison.adoption.months.length / 12);
  return (
    <section id="adoption" className="compare-section" aria-labelledby="adoption-title">
      <h2 id="adoption-title">Adoption over time</h2>
      {summaries.every((summary) => summary.total === 0) ? (
        <p className="compare-empty">No stack added any of these tools in the last {years} years.</p>
      ) : (
        <div className="compare-adoption">
          <LazyLineChart
            title="Stacks that added each tool, per month"
            labels={comparison.adoption.months}
            series={comparison.adoption.series.map((series) => ({ name: names.get(series.slug) ?? series.slug, values: series.stacksAdded }))}
            formatLabel={formatMonth}
            valueName="Stacks added"
          />
          <ul className="compare-adoption__summary" aria-label="Stacks added, per tool">
            {summaries.map((summary, index) => (
              <li key={summary.slug} className={`compare-adoption__tool compare-card--series-${index + 1}`}>
                <p className="compare-adoption__name">{names.get(summary.slug)}</p>
                <p>
                  <strong>{formatExactCount(summary.recent)}</strong> {pluralize(summary.recent, 'stack')} in the last {RECENT_MONTHS} months
                </p>
                <p className="muted">
                  {formatExactCount(summary.total)} in {years} years
                  {summary.busiest && `; most in ${formatMonth(summary.busiest.month)} (${summary.busiest.added})`}
                </p>
              </li>
            ))}
          </ul>
        </div>
      )}
    </section>
  );
}
