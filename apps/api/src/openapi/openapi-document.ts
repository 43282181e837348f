import { OpenAPIRegistry, OpenApiGeneratorV31, zodToOpenAPIRegistry, type RouteConfig } from '@asteasolutions/zod-to-openapi';
import { openApiPath, type ErrorStatus, type RouteContract } from '@stackyard/contract';
import {
  comparisonSummarySchema,
  errorResponseSchema,
  reasonSchema,
  stackSummarySchema,
  toolLinkSchema,
  toolProfileSchema,
  toolStackSchema,
  toolSummarySchema,
} from '@stackyard/domain';

/** Schemas many answers share: each becomes one named component, referenced wherever it appears. */
const sharedSchemas = {
  Error: errorResponseSchema,
  ToolLink: toolLinkSchema,
  ToolSummary: toolSummarySchema,
  ToolProfile: toolProfileSchema,
  Reason: reasonSchema,
  StackSummary: stackSummarySchema,
  ToolStack: toolStackSchema,
  ComparisonSummary: comparisonSummarySchema,
};

/** What each tag of the contracts groups, for the document's readers. */
const TAGS: Record<string, string> = {
  operations: 'Health and this document',
  auth: 'Signing up, in and out, with a password or GitHub',
  me: "The signed-in account: profile, password, sessions and API tokens",
  tools: 'The catalogue: tools, their taxonomy, stacks and alternatives',
  comparisons: 'Tools side by side, and the comparisons people open most',
  search: 'Autocomplete across tools, stacks and people',
  reasons: 'Pros and cons of tools, and votes on them',
  follows: 'Following tools, stacks and people',
  stacks: 'The stacks people share',
  decisions: '"Why we chose X": write-ups about tools, with votes',
  users: 'People and their profiles',
  feed: 'What the followed tools, stacks and people did; Atom feeds; trending tools',
  moderation: 'Reports, the moderation queue and actions, and the public log',
};

/** The two ways to sign a request: the browser's session cookie, the CLI's API token. */
const SECURITY_SCHEMES = {
  session: {
    type: 'apiKey' as const,
    in: 'cookie' as const,
    name: 'stackyard_session',
    description: 'The session cookie set by sign-up and sign-in (`__Host-stackyard_session` over HTTPS)',
  },
  token: {
    type: 'http' as const,
    scheme: 'bearer',
    description: 'An API token (`sy_...`) made at POST /api/v1/me/tokens, for the CLI and scripts',
  },
};

/** Names the shared schemas in zod-to-openapi's metadata registry, so every use of them is one $ref. */
function nameSharedSchemas(): void {
  for (const [refId, schema] of Object.entries(sharedSchemas)) {
    if (!zodToOpenAPIRegistry.has(schema)) zodToOpenAPIRegistry.add(schema, { _internal: { refId } });
  }
}

type OpenApiDocument = ReturnType<OpenApiGeneratorV31['generateDocument']>;

const json = (schema: NonNullable<RouteContract['responses'][number]['schema']>) => ({
  content: { 'application/json': { schema } },
});

/** Who may call it, as OpenAPI says it: nobody needed, either credential optional, or one of them required. */
function securityOf(contract: RouteContract): Array<Record<string, string[]>> {
  if (contract.access === 'public') return [];
  const signedIn: Array<Record<string, string[]>> = [{ session: [] }, { token: [] }];
  return contract.access === 'viewer' ? [{}, ...signedIn] : signedIn;
}

/** The error answers a contract can give, all in the one documented error shape. */
function errorStatuses(contract: RouteContract): Partial<Record<ErrorStatus | 500, string>> {
  const signedIn = contract.access !== 'public' && contract.access !== 'viewer';
  const changes = contract.method !== 'get';
  return {
    ...(contract.request ? { 400: 'The request is malformed: `error.message` names the first bad field' } : {}),
    ...(signedIn ? { 401: 'Not signed in' } : {}),
    ...(contract.access === 'moderator' || contract.access === 'admin' ? { 403: `Signed in, but not a ${contract.access}` } : {}),
    ...(contract.request?.params ? { 404: 'Nothing has this name' } : {}),
    ...(changes
      ? {
          403: 'Not allowed: not yours, not a moderator, suspended, or sent from another site',
          409: 'Conflicts with what is there (a duplicate)',
        }
      : {}),
    // Changes have budgets per account; reads without signing in one per address.
    429: 'Too many requests: wait for the seconds in Retry-After',
    ...(contract.request?.body ? { 413: 'The body is larger than the API accepts' } : {}),
    503: 'Busy (no database connection came free in time) or a collision: try again after Retry-After',
    ...contract.errors,
    500: 'Something went wrong on our side',
  };
}

function successResponses(contract: RouteContract): RouteConfig['responses'] {
  return Object.fromEntries(
    Object.entries(contract.responses).map(([status, response]) => {
      if (response.contentType) {
        return [status, { description: response.description, content: { [response.contentType]: { schema: { type: 'string' as const } } } }];
      }
      const redirect = Number(status) >= 300 && Number(status) < 400;
      const headers = redirect ? { Location: { description: 'Where the browser goes next', schema: { type: 'string' as const } } } : undefined;
      return [status, { description: response.description, ...(headers ? { headers } : {}), ...(response.schema ? json(response.schema) : {}) }];
    }),
  );
}

/**
 * An operation that succeeds with a redirect has no 2xx. Its `default` says what every other answer is, the
 * ones its error statuses list and any other (a dead API token's 401): an error in the one documented shape.
 */
const redirectOtherwise = { default: { description: 'Anything but the redirect: an error', ...json(errorResponseSchema) } };

/**
 * The OpenAPI 3.1 document of the API, generated from the contracts in packages/contract: one operation
 * per contract, its operationId the typed client's method name (`tools.get`), its security from `access`,
 * and every error status it can answer. Shared schemas are named components.
 */
export function buildOpenApiDocument(contracts: readonly RouteContract[]): OpenApiDocument {
  nameSharedSchemas();
  const registry = new OpenAPIRegistry();
  for (const [name, scheme] of Object.entries(SECURITY_SCHEMES)) registry.registerComponent('securitySchemes', name, scheme);

  for (const contract of contracts) {
    const { params, query, body } = contract.request ?? {};
    const redirectsOnly = Object.keys(contract.responses).every((status) => status.startsWith('3'));
    const errors = Object.fromEntries(
      Object.entries(errorStatuses(contract)).map(([status, description]) => [status, { description, ...json(errorResponseSchema) }]),
    );
    registry.registerPath({
      method: contract.method,
      path: openApiPath(contract.path),
      operationId: contract.operationId,
      summary: contract.summary,
      tags: [...contract.tags],
      security: securityOf(contract),
      request: {
        ...(params ? { params } : {}),
        ...(query ? { query } : {}),
        ...(body ? { body: { required: true, ...json(body) } } : {}),
      },
      responses: { ...errors, ...successResponses(contract), ...(redirectsOnly ? redirectOtherwise : {}) },
    });
  }

  const usedTags = new Set(contracts.flatMap((contract) => contract.tags));
  return new OpenApiGeneratorV31(registry.definitions).generateDocument({
    openapi: '3.1.0',
    info: {
      title: 'Stackyard API',
      version: '1',
      description:
        'Tech stacks, tools, pros and cons, and comparisons. JSON everywhere; errors are {"error":{"code","message","details?"}}. ' +
        'Browsers sign in with a session cookie, the CLI with `Authorization: Bearer <api token>`.',
      license: { name: 'MIT', identifier: 'MIT' },
    },
    servers: [{ url: '/', description: 'The server that serves this document' }],
    tags: [...usedTags].sort().map((tag) => ({ name: tag, description: TAGS[tag] ?? tag })),
  });
}
