import { contracts } from '@stackyard/contract';
import type { AppContext } from '../../context.js';
import { limitAction } from '../../middleware/write-limit.js';
import { fileReport } from '../../services/report-service.js';
import { implement } from '../mount-route.js';

/** /api/v1/reports */
export function reportsRouter(context: AppContext) {
  const { db, clock, config } = context;
  return implement(contracts.reports, {
    create: {
      use: [limitAction(context, 'reports')],
      handle: async ({ body, viewer }) => ({ status: 201, body: { report: await fileReport(db, viewer, body, clock(), config.reports) } }),
    },
  });
}
