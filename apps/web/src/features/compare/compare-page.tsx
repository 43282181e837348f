import { useSuspenseQuery } from '@tanstack/react-query';
import { lazy, Suspense } from 'react';
import { useNavigation } from 'react-router';
import { useApi } from '../../lib/api.js';
import { CompareBreadcrumb } from './compare-breadcrumb.js';
import { CompareHeader } from './compare-header.js';
import { comparisonQuery } from './compare-queries.js';
import { CompareReasons } from './compare-reasons.js';
import './compare-page.css';
import '../../components/charts.css';
import '../votes/vote-button.css';
import '../reports/report-button.css';

// The sections below the pros and cons are in chunks of their own: rendered on the server with the
// rest, their code arrives after the page's first download and hydrates them then (their styles come
// with the page). The pros and cons are not: they take the viewer's votes, which change while the page
// hydrates, and a lazy section updated before its code arrives would be emptied until it does.
const CompareMore = lazy(() => import('./compare-more.js').then((module) => ({ default: module.CompareMore })));

const CompareDifferences = lazy(() =>
  import('./compare-differences-section.js').then((module) => ({ default: module.CompareDifferences })),
);
const CompareStats = lazy(() => import('./compare-stats-section.js').then((module) => ({ default: module.CompareStats })));

/** The sections in page order, for the "On this page" links; ids are the sections' own. */
const SECTIONS = [
  ['differences', 'Differences'],
  ['numbers', 'Numbers'],
  ['pros-cons', 'Pros & cons'],
  ['adoption', 'Adoption'],
  ['stacks', 'Stacks'],
  ['decisions', 'Decisions'],
  ['integrations', 'Integrations'],
  ['alternatives', 'Alternatives'],
  ['related', 'Related'],
] as const;

/** 2-3 tools side by side: who they are, the numbers, what people say, who uses them, and what else to look at. */
export function ComparePage({ slugs }: { slugs: string[] }) {
  const api = useApi();
  const { data: comparison } = useSuspenseQuery(comparisonQuery(api, slugs));
  // Another comparison is loading (the picker, a related link): say so rather than freeze silently.
  const loading = useNavigation().state === 'loading';
  const { tools } = comparison;

  return (
    <article className="compare" aria-labelledby="compare-title" aria-busy={loading}>
      <CompareBreadcrumb tools={tools} />
      <CompareHeader comparison={comparison} loading={loading} />
      <nav className="compare-toc" aria-label="On this page">
        <ul>
          {SECTIONS.map(([id, label]) => (
            <li key={id}>
              <a href={`#${id}`}>{label}</a>
            </li>
          ))}
        </ul>
      </nav>
      <Suspense fallback={null}>
        <CompareDifferences comparison={comparison} />
        <CompareStats tools={tools} />
      </Suspense>
      <CompareReasons tools={tools} />
      <Suspense fallback={null}>
        <CompareMore comparison={comparison} />
      </Suspense>
    </article>
  );
}
