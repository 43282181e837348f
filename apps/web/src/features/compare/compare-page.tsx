import { useSuspenseQuery } from '@tanstack/react-query';
import { useNavigation } from 'react-router';
import { useApi } from '../../lib/api.js';
import { CompareAdoption } from './compare-adoption.js';
import { CompareAlternatives } from './compare-alternatives.js';
import { CompareBreadcrumb } from './compare-breadcrumb.js';
import { CompareDecisions } from './compare-decisions.js';
import { CompareDifferences } from './compare-differences-section.js';
import { CompareHeader } from './compare-header.js';
import { CompareIntegrations } from './compare-integrations.js';
import { CompareReasons } from './compare-reasons.js';
import { CompareRelated } from './compare-related.js';
import { CompareStats } from './compare-stats-section.js';
import { SharedStacks } from './shared-stacks.js';
import { ShareStackCallToAction } from './share-stack-cta.js';
import { comparisonQuery } from './compare-queries.js';
import { useComparisonViewer } from './compare-viewer.js';
import './compare-page.css';

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
  const viewer = useComparisonViewer(slugs);
  // Another comparison is loading (the picker, a related link): say so rather than freeze silently.
  const loading = useNavigation().state === 'loading';
  const { tools } = comparison;

  return (
    <article className="compare" aria-labelledby="compare-title" aria-busy={loading}>
      <CompareBreadcrumb tools={tools} />
      <CompareHeader comparison={comparison} viewer={viewer} loading={loading} />
      <nav className="compare-toc" aria-label="On this page">
        <ul>
          {SECTIONS.map(([id, label]) => (
            <li key={id}>
              <a href={`#${id}`}>{label}</a>
            </li>
          ))}
        </ul>
      </nav>
      <CompareDifferences comparison={comparison} />
      <CompareStats tools={tools} />
      <CompareReasons tools={tools} viewer={viewer} />
      <CompareAdoption comparison={comparison} />
      <SharedStacks comparison={comparison} />
      <CompareDecisions comparison={comparison} />
      <CompareIntegrations comparison={comparison} />
      <CompareAlternatives comparison={comparison} />
      <CompareRelated comparison={comparison} />
      <ShareStackCallToAction tools={tools} />
    </article>
  );
}
