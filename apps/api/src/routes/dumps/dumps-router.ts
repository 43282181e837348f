import { contracts } from '@stackyard/contract';
import type { AppContext } from '../../context.js';
import { latestOpenDataDump, openDataFile } from '../../services/open-data-service.js';
import { implement } from '../mount-route.js';

/** /api/v1/dumps/latest: the newest open-data dump's manifest, and each of its files, streamed. */
export function dumpsRouter({ config }: AppContext) {
  return implement(contracts.dumps, {
    latest: async () => ({ status: 200, body: await latestOpenDataDump(config.dumpDir) }),
    file: async ({ params }) => {
      const file = await openDataFile(config.dumpDir, params.file);
      return {
        status: 200,
        body: file.stream,
        headers: { 'Content-Type': file.contentType, 'Content-Length': String(file.bytes), ETag: `"${file.sha256}"` },
      };
    },
  });
}
