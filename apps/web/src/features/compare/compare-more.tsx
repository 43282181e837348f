import type { Comparison } from '@stackyard/domain';
import { CompareAdoption } from './compare-adoption.js';
import { CompareAlternatives } from './compare-alternatives.js';
import { CompareDecisions } from './compare-decisions.js';
import { CompareIntegrations } from './compare-integrations.js';
import { CompareRelated } from './compare-related.js';
import { SharedStacks } from './shared-stacks.js';
import { ShareStackCallToAction } from './share-stack-cta.js';

/** What follows the pros and cons: adoption, who uses them, what they work with, and where to go next. */
export function CompareMore({ comparison }: { comparison: Comparison }) {
  return (
    <>
      <CompareAdoption comparison={comparison} />
      <SharedStacks comparison={comparison} />
      <CompareDecisions comparison={comparison} />
      <CompareIntegrations comparison={comparison} />
      <CompareAlternatives comparison={comparison} />
      <CompareRelated comparison={comparison} />
      <ShareStackCallToAction tools={comparison.tools} />
    </>
  );
}
