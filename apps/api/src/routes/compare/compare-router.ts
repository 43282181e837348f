import { contracts } from '@stackyard/contract';
import type { AppContext } from '../../context.js';
import { compareTools } from '../../services/compare-service.js';
import { implement } from '../mount-route.js';

/** /api/v1/compare?tools=a,b[,c] */
export function compareRouter({ db, clock, comparisonViews }: AppContext) {
  return implement(contracts.compare, {
    tools: async ({ query }) => ({ status: 200, body: { comparison: await compareTools(db, query.tools, clock(), comparisonViews) } }),
  });
}
