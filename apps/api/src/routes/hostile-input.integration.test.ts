import { errorResponseSchema } from '@stackyard/domain';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSignedInUsers } from '../testing/sessions.js';
import { startTestServer, type TestServer } from '../testing/test-server.js';
import { allContracts as apiContracts } from '@stackyard/contract';

/**
 * Every endpoint, fed random and hostile input (generated with a fixed seed, so a failure repeats): the
 * answer is never a 5xx, and every error is JSON in the documented shape.
 */
const hostileText = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.constantFrom('%', "'", '"', '\\', '../..', '%00', '<script>', '${x}', '-1', '0', '1e309', 'NaN', 'null', 'é', '😀', ' '),
  fc.string({ unit: 'binary', maxLength: 20 }),
);
const hostileJson = fc.oneof(
  fc.jsonValue({ maxDepth: 3 }),
  fc.dictionary(fc.constantFrom('name', 'tools', 'text', 'kind', 'value', 'body', 'login', 'password', 'subjectId', 'reason'), fc.jsonValue({ maxDepth: 2 })),
);

describe('hostile input on every endpoint', () => {
  let server: TestServer;
  let cookies: string[];

  beforeAll(async () => {
    server = await startTestServer();
    cookies = (await createSignedInUsers(server.database.db, apiContracts.length, 'fuzz')).map((user) => user.cookie);
  });
  afterAll(() => server.stop());

  it('never answers 5xx, and answers errors in the documented JSON shape', async () => {
    for (const [index, contract] of apiContracts.entries()) {
      await fc.assert(
        fc.asyncProperty(
          fc.array(hostileText, { minLength: 3, maxLength: 3 }),
          fc.dictionary(fc.oneof(fc.constantFrom('q', 'limit', 'cursor', 'sort', 'tools', 'layer'), fc.string({ maxLength: 5 })), hostileText, { maxKeys: 3 }),
          hostileJson,
          fc.boolean(),
          async (params, query, body, signedIn) => {
            let which = 0;
            const path = contract.path.replace(/:[A-Za-z]+/g, () => encodeURIComponent(params[which++ % params.length] || 'x'));
            const search = new URLSearchParams(query).toString();
            const response = await server.request(`${path}${search ? `?${search}` : ''}`, {
              method: contract.method.toUpperCase(),
              redirect: 'manual',
              headers: { 'Content-Type': 'application/json', ...(signedIn ? { Cookie: cookies[index]! } : {}) },
              ...(contract.method === 'get' ? {} : { body: JSON.stringify(body) }),
            });
            expect(response.status, `${contract.method.toUpperCase()} ${path}?${search}`).toBeLessThan(500);
            if (response.status >= 400) expect(errorResponseSchema.safeParse(response.body).success, JSON.stringify(response.body)).toBe(true);
          },
        ),
        { numRuns: 25, seed: 20261124 + index },
      );
    }
  });
});
