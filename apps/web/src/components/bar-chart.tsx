import { useId } from 'react';
import './charts.css';

export interface BarGroup {
  /** What is measured, e.g. "Stacks". */
  label: string;
  /** One value per series, in the series' order; null when unknown (shown as "not known", never 0). */
  values: (number | null)[];
}

interface BarChartProps {
  title: string;
  /** The things compared, e.g. tool names. */
  series: string[];
  groups: BarGroup[];
  formatValue?: (value: number) => string;
}

/**
 * Side-by-side bars, one group per measure. Each group is scaled to its own largest value, so measures
 * of very different sizes (stars and stacks) each read clearly; the exact figure is written on every bar.
 */
export function BarChart({ title, series, groups, formatValue = (value) => new Intl.NumberFormat('en').format(value) }: BarChartProps) {
  const captionId = useId();
  return (
    <figure className="chart" aria-labelledby={captionId}>
      <figcaption id={captionId} className="chart__title">
        {title}
      </figcaption>
      <dl className="bar-chart">
        {groups.map((group) => {
          const max = Math.max(1, ...group.values.map((value) => value ?? 0));
          return (
            <div key={group.label} className="bar-chart__group">
              <dt className="bar-chart__label">{group.label}</dt>
              {series.map((name, index) => {
                const value = group.values[index] ?? null;
                return (
                  <dd key={name} className="bar-chart__row">
                    <span className="bar-chart__name">{name}</span>
                    <span className="bar-chart__track">
                      <span
                        className={`bar-chart__bar chart__series-${(index % 3) + 1}`}
                        style={{ width: value === null ? 0 : `${Math.max(1.5, (value / max) * 100)}%` }}
                      />
                    </span>
                    <span className="bar-chart__value">{value === null ? 'not known' : formatValue(value)}</span>
                  </dd>
                );
              })}
            </div>
          );
        })}
      </dl>
    </figure>
  );
}
