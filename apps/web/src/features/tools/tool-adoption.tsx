import type { Adoption } from '@stackyard/domain';
import { LazyLineChart } from '../../components/lazy-line-chart.js';
import { formatExactCount, formatMonth, pluralize } from './tool-format.js';

/** How many stacks added the tool, month by month, over the months the API counts. */
export function ToolAdoption({ name, slug, adoption }: { name: string; slug: string; adoption: Adoption }) {
  const values = adoption.series.find((series) => series.slug === slug)?.stacksAdded ?? [];
  const total = values.reduce((sum, value) => sum + value, 0);
  const months = adoption.months.length;
  return (
    <section className="tool-section" aria-labelledby="adoption-title">
      <h2 id="adoption-title">Adoption</h2>
      {total === 0 ? (
        <p className="muted">
          No stack added {name} in the last {months} months. Use it? Share your stack and it will show here.
        </p>
      ) : (
        <>
          <p className="tool-section__lead">
            {formatExactCount(total)} {pluralize(total, 'stack')} added {name} in the last {months} months.
          </p>
          <LazyLineChart
              title={`Stacks that added ${name}, per month`}
              labels={adoption.months}
              series={[{ name, values }]}
              formatLabel={formatMonth}
              valueName="Stacks added"
            />
        </>
      )}
    </section>
  );
}
