import { scaleLinear, scalePoint } from 'd3-scale';
import { line } from 'd3-shape';
import { useId } from 'react';
import './charts.css';

export interface LineSeries {
  name: string;
  values: number[];
}

interface LineChartProps {
  /** What the chart shows, as its caption. */
  title: string;
  /** One label per point, oldest first (e.g. "2026-03"). */
  labels: string[];
  series: LineSeries[];
  /** How a label reads on the axis and in the table. */
  formatLabel?: (label: string) => string;
  /** What the values count, for the table's header (e.g. "Stacks added"). */
  valueName: string;
}

const WIDTH = 640;
const HEIGHT = 220;
const MARGIN = { top: 12, right: 16, bottom: 28, left: 36 };

/**
 * Lines over time, drawn as SVG on the server so it is in the first paint. The numbers behind it are in a
 * table under "Show the numbers" for anyone who would rather read than look (and for screen readers).
 */
export function LineChart({ title, labels, series, formatLabel = (label) => label, valueName }: LineChartProps) {
  const captionId = useId();
  const max = Math.max(1, ...series.flatMap((one) => one.values));
  const x = scalePoint<number>()
    .domain(labels.map((_, index) => index))
    .range([MARGIN.left, WIDTH - MARGIN.right]);
  const y = scaleLinear()
    .domain([0, max])
    .nice(4)
    .range([HEIGHT - MARGIN.bottom, MARGIN.top]);
  const path = line<number>()
    .x((_, index) => x(index) ?? 0)
    .y((value) => y(value));
  const every = Math.max(1, Math.ceil(labels.length / 6));
  const yTicks = y.ticks(4).filter((tick) => Number.isInteger(tick));
  const summary = series.map((one) => `${one.name}: ${one.values.reduce((sum, value) => sum + value, 0)} in all`).join('; ');
  return (
    <figure className="chart" aria-labelledby={captionId}>
      <figcaption id={captionId} className="chart__title">
        {title}
      </figcaption>
      <svg className="chart__svg" viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-label={`${title}. ${summary}.`}>
        {yTicks.map((tick) => (
          <g key={tick}>
            <line className="chart__grid" x1={MARGIN.left} x2={WIDTH - MARGIN.right} y1={y(tick)} y2={y(tick)} />
            <text className="chart__tick" x={MARGIN.left - 6} y={y(tick)} dy="0.32em" textAnchor="end">
              {tick}
            </text>
          </g>
        ))}
        {labels.map((label, index) =>
          index % every === 0 || index === labels.length - 1 ? (
            <text key={label} className="chart__tick" x={x(index)} y={HEIGHT - 8} textAnchor="middle">
              {formatLabel(label)}
            </text>
          ) : null,
        )}
        {series.map((one, index) => (
          <path key={one.name} className={`chart__line chart__series-${(index % 3) + 1}`} d={path(one.values) ?? ''} />
        ))}
      </svg>
      <ul className="chart__legend">
        {series.map((one, index) => (
          <li key={one.name}>
            <span className={`chart__swatch chart__series-${(index % 3) + 1}`} aria-hidden="true" />
            {one.name}
          </li>
        ))}
      </ul>
      <details className="chart__data">
        <summary>Show the numbers</summary>
        {/* Scrolls when long: focusable and named, so a keyboard can scroll it too. */}
        <div className="chart__table-scroll" tabIndex={0} role="region" aria-label={`${title}: the numbers`}>
          <table>
            <thead>
              <tr>
                <th scope="col">Month</th>
                {series.map((one) => (
                  <th key={one.name} scope="col">
                    {valueName}: {one.name}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {labels.map((label, row) => (
                <tr key={label}>
                  <th scope="row">{formatLabel(label)}</th>
                  {series.map((one) => (
                    <td key={one.name}>{one.values[row] ?? 0}</td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </details>
    </figure>
  );
}
