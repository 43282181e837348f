import { lazy, Suspense, type ComponentProps } from 'react';
import type { LineChart as LineChartType } from './line-chart.js';
// With the page, not with the chart's code: the server-drawn chart is styled from the first paint.
import './charts.css';

// The chart (with d3) is its own chunk: the server renders it into the page, and the browser fetches its
// code after the page's first download, hydrating the chart when it arrives.
const LineChart = lazy(() => import('./line-chart.js').then((module) => ({ default: module.LineChart })));

/** LineChart, loaded when needed; the placeholder keeps the page from jumping meanwhile. */
export function LazyLineChart(props: ComponentProps<typeof LineChartType>) {
  return (
    <Suspense fallback={<div className="chart chart--placeholder" />}>
      <LineChart {...props} />
    </Suspense>
  );
}
