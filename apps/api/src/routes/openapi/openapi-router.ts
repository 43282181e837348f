import { allContracts, contracts } from '@stackyard/contract';
import { buildOpenApiDocument } from '../../openapi/openapi-document.js';
import { implement } from '../mount-route.js';

/** /api/v1/openapi.json, generated from the contracts on first request. */
export function openApiRouter() {
  let document: ReturnType<typeof buildOpenApiDocument> | null = null;
  return implement(contracts.openapi, {
    document: () => {
      document ??= buildOpenApiDocument(allContracts);
      return { status: 200, body: document as unknown as Record<string, unknown> };
    },
  });
}
