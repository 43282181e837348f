import { OpenAPIRegistry, OpenApiGeneratorV31, zodToOpenAPIRegistry, type RouteConfig } from '@asteasolutions/zod-to-openapi';
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
import { openApiPath, type RouteContract } from '../routes/route-contract.js';

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

/**
 * Names the shared schemas in zod-to-openapi's metadata registry. `registry.register()` would name a copy
 * (and needs zod patched by extendZodWithOpenApi); naming the very instances the domain's schemas are built
 * from makes every use of them a $ref to one component.
 */
function nameSharedSchemas(): void {
  for (const [refId, schema] of Object.entries(sharedSchemas)) {
    if (!zodToOpenAPIRegistry.has(schema)) zodToOpenAPIRegistry.add(schema, { _internal: { refId } });
  }
}

type OpenApiDocument = ReturnType<OpenApiGeneratorV31['generateDocument']>;

const json = (schema: NonNullable<RouteContract['responses'][number]['schema']>) => ({
  content: { 'application/json': { schema } },
});

/** The error answers a contract can give, all in the one documented error shape. */
function errorResponses(contract: RouteContract): RouteConfig['responses'] {
  const error = (description: string) => ({ description, ...json(errorResponseSchema) });
  const changes = contract.method !== 'get';
  return {
    ...(contract.request ? { 400: error('The request is malformed: `error.message` names the first bad field') } : {}),
    ...(contract.requiresSignIn ? { 401: error('Not signed in') } : {}),
    ...(contract.request?.params ? { 404: error('Nothing has this name') } : {}),
    ...(changes
      ? {
          403: error('Not allowed: not yours, not a moderator, suspended, or sent from another site'),
          409: error('Conflicts with what is there (a duplicate)'),
          429: error('Too many requests: wait for the seconds in Retry-After'),
        }
      : {}),
    ...(contract.request?.body ? { 413: error('The body is larger than the API accepts') } : {}),
    500: error('Something went wrong on our side'),
  };
}

/**
 * The OpenAPI 3.1 document of the API, generated from the route contracts and the domain's zod schemas.
 * Schemas that many answers share are named components, so that generated clients get one type for each.
 */
export function buildOpenApiDocument(contracts: RouteContract[]): OpenApiDocument {
  nameSharedSchemas();
  const registry = new OpenAPIRegistry();

  for (const contract of contracts) {
    const { params, query, body } = contract.request ?? {};
    const success = Object.fromEntries(
      Object.entries(contract.responses).map(([status, response]) => [
        status,
        { description: response.description, ...(response.schema ? json(response.schema) : {}) },
      ]),
    );
    registry.registerPath({
      method: contract.method,
      path: openApiPath(contract.path),
      summary: contract.summary,
      tags: contract.tags,
      request: {
        ...(params ? { params } : {}),
        ...(query ? { query } : {}),
        ...(body ? { body: { required: true, ...json(body) } } : {}),
      },
      responses: { ...errorResponses(contract), ...success },
    });
  }

  return new OpenApiGeneratorV31(registry.definitions).generateDocument({
    openapi: '3.1.0',
    info: {
      title: 'Stackyard API',
      version: '1',
      description:
        'Tech stacks, tools, pros and cons, and comparisons. JSON everywhere; errors are {"error":{"code","message","details?"}}. ' +
        'Browsers sign in with a session cookie, the CLI with `Authorization: Bearer <api token>`.',
    },
    servers: [{ url: '/' }],
  });
}
