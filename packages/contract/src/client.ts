import { ApiError } from './api-error.js';
import { contracts, type Contracts } from './contracts.js';
import { readJson, send, type CallOptions, type ClientOptions, type LooseInput, type RouteAddress } from './http.js';
import { formatIssues, summarizeIssues } from './issues.js';
import { describeRoute, type RequestInput, type RouteContract, type SuccessBody } from './route.js';

export { urlOf, type CallOptions, type ClientOptions } from './http.js';

/** One endpoint as a function: its input is optional when the contract needs no params and no body. */
export type ClientMethod<Contract extends RouteContract> = object extends RequestInput<Contract>
  ? (input?: RequestInput<Contract>, options?: CallOptions) => Promise<SuccessBody<Contract>>
  : (input: RequestInput<Contract>, options?: CallOptions) => Promise<SuccessBody<Contract>>;

/** `client.tools.get({ params: { slug } })`: every contract of the registry, by resource and name. */
export type Client = {
  [Resource in keyof Contracts]: {
    [Name in keyof Contracts[Resource]]: Contracts[Resource][Name] extends RouteContract
      ? ClientMethod<Contracts[Resource][Name]>
      : never;
  };
};

/** Reads a successful answer as its contract describes it, or says exactly where it departs from it. */
async function readSuccess(contract: RouteContract, response: Response): Promise<unknown> {
  const spec = contract.responses[response.status];
  if (!spec) {
    throw new ApiError(response.status, 'unexpected_response', `${describeRoute(contract)} answered ${response.status}, a status its contract does not list`);
  }
  if (spec.contentType) return response.text();
  if (!spec.schema) return undefined;
  const parsed = spec.schema.safeParse(await readJson(response));
  if (parsed.success) return parsed.data;
  const issues = summarizeIssues(parsed.error);
  throw new ApiError(
    response.status,
    'unexpected_response',
    `${describeRoute(contract)} answered ${response.status} with a body its contract does not allow: ${formatIssues(issues)}`,
    { issues },
  );
}

/** Calls one endpoint: builds the URL from the contract, sends JSON, parses the answer with its schema. */
export async function call(contract: RouteContract, input: LooseInput = {}, options: ClientOptions = {}, callOptions: CallOptions = {}): Promise<unknown> {
  const response = await send(addressOf(contract), input, options, callOptions);
  return readSuccess(contract, response);
}

/** The part of a contract that sending needs; the browser's client has these without the schemas. */
export function addressOf(contract: RouteContract): RouteAddress {
  return { method: contract.method, path: contract.path, operationId: contract.operationId, textType: contract.responses[200]?.contentType };
}

/**
 * The typed client of the whole API, built from the contracts: paths and query strings come from them, and
 * every answer is parsed with its response schema, so a drift between server and client fails loudly. Every
 * failure is an ApiError (status, code, message, details).
 */
export function createClient(options: ClientOptions = {}): Client {
  const client: Record<string, Record<string, unknown>> = {};
  for (const [resource, group] of Object.entries(contracts)) {
    client[resource] = Object.fromEntries(
      Object.entries(group as Record<string, RouteContract>).map(([name, contract]) => [
        name,
        (input?: LooseInput, callOptions?: CallOptions) => call(contract, input, options, callOptions),
      ]),
    );
  }
  return client as Client;
}
