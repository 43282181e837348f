import { contracts } from '@stackyard/contract';
import type { AppContext } from '../../context.js';
import { limitAction } from '../../middleware/write-limit.js';
import { detectFromFiles } from '../../services/detect-service.js';
import { implement } from '../mount-route.js';

/** /api/v1/detect */
export function detectRouter(context: AppContext) {
  return implement(contracts.detect, {
    run: { use: [limitAction(context, 'detections')], handle: async ({ body }) => ({ status: 200, body: await detectFromFiles(body) }) },
  });
}
