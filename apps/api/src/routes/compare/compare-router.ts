import { contracts } from '@stackyard/contract';
import { viewerOf } from '../../auth/viewer.js';
import type { AppContext } from '../../context.js';
import { ipKey } from '../../middleware/rate-limit.js';
import { createAnswerCache } from '../../services/answer-cache.js';
import { compareTools, type ComparisonAnswer } from '../../services/compare-service.js';
import { comparisonVisitor } from '../../services/comparison-view-counter.js';
import { keptAnswers } from '../../services/kept-answers.js';
import { implement } from '../mount-route.js';

/** /api/v1/compare?tools=a,b[,c] */
export function compareRouter({ db, clock, comparisonViews, metrics, contentChanges = null }: AppContext) {
  const answers = keptAnswers(db, contentChanges, createAnswerCache<ComparisonAnswer>({ counted: (outcome) => metrics.cacheLookups.inc({ cache: 'comparison', outcome }) }));
  return implement(contracts.compare, {
    tools: async ({ query }, { req, res }) => {
      // A public route, but a signed-in reader is counted as themselves, not as their address.
      const visitor = comparisonVisitor(viewerOf(res), ipKey(req), req.get('user-agent'));
      return { status: 200, body: { comparison: await compareTools(db, query.tools, clock(), comparisonViews, visitor, answers) } };
    },
  });
}
