import { allContracts as apiContracts } from '@stackyard/contract';
import { TOOL_SORTS, errorResponseSchema } from '@stackyard/domain';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildDecision, buildReason, buildStack, buildUser } from '../testing/factories.js';
import { startTestServer, type TestServer } from '../testing/test-server.js';

/**
 * Every endpoint, fed random and hostile input (generated with a fixed seed, so a failure repeats): the
 * answer is never a 5xx, and every error is JSON in the documented shape. Besides random text and JSON,
 * the input holds NUL bytes and other control characters, web addresses with mixed-case or foreign
 * schemes, and well-formed cursors of the wrong shape (base64url JSON of [key, id] with a key of another
 * type than the list's sort, or out of range); and it is often a request valid but for one field, with
 * real path parameters, so that the hostile value gets past the other checks to the code behind them.
 */
const controlCharacter = fc
  .integer({ min: 0, max: 0x9f })
  .filter((code) => code < 0x20 || code >= 0x7f)
  .map((code) => String.fromCharCode(code));
const withControlCharacter = fc
  .tuple(fc.string({ maxLength: 10 }), fc.oneof(controlCharacter, fc.constantFrom('\u0000', '\ud800', '\udfff')), fc.string({ maxLength: 10 }))
  .map(([before, control, after]) => `${before}${control}${after}`);
/** A web address with its letters' case flipped at random, among other addresses that look like one. */
const mixedCaseUrl = fc.oneof(
  fc
    .tuple(fc.constantFrom('https://example.org/Path?q=1', 'http://EXAMPLE.org', 'javascript:alert(1)', 'ftp://example.org', 'data:text/html,x'), fc.array(fc.boolean(), { minLength: 30, maxLength: 30 }))
    .map(([url, flips]) => [...url].map((character, index) => (flips[index] ? character.toUpperCase() : character)).join('')),
  fc.constantFrom('httpS://example.org', 'HTTPS://', 'https://exa\u0000mple.org', 'Https://example.org/\u0007', 'https://bücher.example/é', `https://example.org/${'é'.repeat(120)}`),
);
const hostileText = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.constantFrom('%', "'", '"', '\\', '../..', '%00', '\u0000', 'a\u0000b', '\r\n', '\t', '<script>', '${x}', '-1', '0', '1e309', 'NaN', 'null', 'é', '😀', ' '),
  fc.string({ unit: 'binary', maxLength: 20 }),
  withControlCharacter,
  mixedCaseUrl,
);
const hostileJson = fc.oneof(
  fc.jsonValue({ maxDepth: 3 }),
  fc.dictionary(fc.constantFrom('name', 'tools', 'text', 'kind', 'value', 'body', 'login', 'password', 'subjectId', 'reason'), fc.jsonValue({ maxDepth: 2 })),
);

const base64url = (text: string) => Buffer.from(text, 'utf8').toString('base64url');
/** Cursors that decode to [key, id] (or nearly) whatever the list: keys of every type and range, odd ids. */
const cursorKey = fc.oneof(
  fc.integer(),
  fc.double(),
  fc.constantFrom(12345, 3_000_000_000, 2 ** 53, 1e300, -1, 1.5),
  fc.string({ maxLength: 20 }),
  fc.constantFrom('x', '2026-11-24 12:00:00.123456+00', '2026-13-45 00:00:00+00', '0000-01-01 00:00:00+00', 'yesterday', 'infinity', 'a\u0000b'),
  fc.constantFrom(null, true, [], {}),
);
const cursorId = fc.oneof(fc.integer({ min: 1, max: 1000 }), fc.constantFrom(0, -1, 1.5, 2 ** 53, 1e20, '1'));
const hostileCursor = fc.oneof(
  fc.tuple(cursorKey, cursorId).map((key) => base64url(JSON.stringify(key))),
  fc.constantFrom('WzEyMzQ1LDFd', 'WyJ4IiwxXQ', base64url('[1,2,3]'), base64url('{"a":1}'), base64url('[1]')),
  hostileText,
);

/** Percent-encoded bytes that are not text: NUL, an overlong NUL, a lone 0xFF, a surrogate's bytes. */
const rawQuery = fc.constantFrom('', 'q=%00', 'q=a%C0%80b', 'q=%FF', 'cursor=%00', 'tools=nginx,%ED%A0%80', 'limit=%00');
/** A path segment: percent-encoded, with a lone surrogate (which encodeURIComponent refuses) sent as its bytes. */
const encodeSegment = (text: string) =>
  [...text]
    .map((character) => {
      try {
        return encodeURIComponent(character);
      } catch {
        return '%ED%A0%80';
      }
    })
    .join('');

describe('hostile input on every endpoint', () => {
  let server: TestServer;
  /** For each endpoint, a person of their own (a moderator on moderators' routes) and things they own. */
  let actors: Array<{ cookie: string; username: string; stackSlug: string; reasonId: number; decisionId: number }>;

  beforeAll(async () => {
    server = await startTestServer();
    const db = server.database.db;
    actors = [];
    for (const contract of apiContracts) {
      const user = await buildUser(db, { role: contract.access === 'moderator' ? 'moderator' : 'member' });
      const stack = await buildStack(db, user, { tools: [{ slug: 'nginx' }] });
      const reason = await buildReason(db, user, 'nginx');
      const decision = await buildDecision(db, user);
      actors.push({ cookie: await server.cookieFor(user), username: user.username, stackSlug: stack.slug, reasonId: reason.id, decisionId: decision.id });
    }
  });
  afterAll(() => server.stop());

  /** A plausible value for each field a request body may hold, so that one hostile field gets far. */
  const validBody = (path: string, keys: string[], actor: (typeof actors)[number]) => {
    const values: Record<string, unknown> = {
      username: `fuzz_${actor.username.slice(5)}`,
      email: `${actor.username}@example.net`,
      password: 'a long passphrase',
      login: actor.username,
      displayName: 'Fuzz',
      bio: 'Two\nlines',
      avatarUrl: 'https://example.org/a.png',
      websiteUrl: 'httpS://Example.org',
      currentPassword: 'a long passphrase',
      newPassword: 'another long passphrase',
      name: 'Fuzz stack',
      description: 'A stack\n\twith lines',
      tools: path.includes('decisions') ? ['nginx'] : [{ slug: 'nginx', note: 'in front' }],
      text: 'Fast enough for us',
      kind: 'pro',
      value: 1,
      body: 'We chose NGINX because it was already there.',
      subjectType: 'reason',
      subjectId: actor.reasonId,
      reason: 'spam',
      note: 'A note\nof two lines',
      action: 'dismiss',
    };
    return Object.fromEntries(keys.filter((key) => key in values).map((key) => [key, values[key]]));
  };
  const bodyKeys = (schema: unknown): string[] =>
    schema && typeof schema === 'object' && 'shape' in schema && schema.shape && typeof schema.shape === 'object' ? Object.keys(schema.shape) : [];

  it('never answers 5xx, and answers errors in the documented JSON shape', async () => {
    for (const [index, contract] of apiContracts.entries()) {
      const actor = actors[index]!;
      const realParams: Record<string, string> = {
        slug: contract.path.includes(':owner') ? actor.stackSlug : 'nginx',
        owner: actor.username,
        username: actor.username,
        id: String(contract.path.includes('decisions') ? actor.decisionId : actor.reasonId),
      };
      const keys = bodyKeys(contract.request?.body);
      await fc.assert(
        fc.asyncProperty(
          fc.oneof(fc.constant(null), fc.array(hostileText, { minLength: 3, maxLength: 3 })),
          fc.dictionary(fc.oneof(fc.constantFrom('q', 'limit', 'tools', 'layer', 'code', 'state'), fc.string({ maxLength: 5 })), hostileText, { maxKeys: 3 }),
          fc.option(hostileCursor, { nil: undefined }),
          fc.option(fc.constantFrom(...TOOL_SORTS, 'NAME', ''), { nil: undefined }),
          rawQuery,
          fc.oneof(
            hostileJson,
            fc.tuple(fc.constantFrom(...(keys.length > 0 ? keys : ['name'])), fc.oneof(hostileText, fc.jsonValue({ maxDepth: 1 }))).map(([key, value]) => ({
              ...validBody(contract.path, keys, actor),
              [key]: value,
            })),
          ),
          fc.boolean(),
          async (params, query, cursor, sort, raw, body, signedIn) => {
            let which = 0;
            const path = contract.path.replace(/:([A-Za-z]+)/g, (_, name: string) =>
              encodeSegment(params ? params[which++ % params.length] || 'x' : (realParams[name] ?? 'x')),
            );
            const search = [new URLSearchParams({ ...query, ...(cursor === undefined ? {} : { cursor }), ...(sort === undefined ? {} : { sort }) }).toString(), raw]
              .filter(Boolean)
              .join('&');
            const response = await server.request(`${path}${search ? `?${search}` : ''}`, {
              method: contract.method.toUpperCase(),
              redirect: 'manual',
              headers: { 'Content-Type': 'application/json', ...(signedIn ? { Cookie: actor.cookie } : {}) },
              ...(contract.method === 'get' ? {} : { body: JSON.stringify(body) }),
            });
            expect(response.status, `${contract.method.toUpperCase()} ${path}?${search} ${JSON.stringify(body)}`).toBeLessThan(500);
            if (response.status >= 400) expect(errorResponseSchema.safeParse(response.body).success, JSON.stringify(response.body)).toBe(true);
          },
        ),
        { numRuns: 40, seed: 20261124 + index },
      );
    }
  });
});
