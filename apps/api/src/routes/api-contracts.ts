import { authContracts } from './auth/auth-router.js';
import { categoryContracts } from './categories/categories-router.js';
import { compareContracts } from './compare/compare-router.js';
import { decisionContracts } from './decisions/decisions-router.js';
import { feedContracts } from './feed/feed-router.js';
import { comparisonContracts } from './comparisons/comparisons-router.js';
import { healthContracts } from './health/health-router.js';
import { meContracts } from './me/me-router.js';
import { moderationContracts } from './moderation/moderation-router.js';
import { openApiContracts } from './openapi/openapi-router.js';
import { reasonContracts } from './reasons/reasons-router.js';
import { reportContracts } from './reports/reports-router.js';
import type { RouteContract } from './route-contract.js';
import { searchContracts } from './search/search-router.js';
import { stackContracts } from './stacks/stacks-router.js';
import { toolDecisionContracts } from './tools/tool-decisions-router.js';
import { toolFeedContracts } from './tools/tool-feed-router.js';
import { toolFollowContracts } from './tools/tool-follow-router.js';
import { toolReasonContracts } from './tools/tool-reasons-router.js';
import { toolContracts } from './tools/tools-router.js';
import { userContracts } from './users/users-router.js';

/**
 * THE REGISTRY of endpoints: every route the API router mounts has its contract here, and the OpenAPI
 * document (/api/v1/openapi.json) is generated from this list. A test walks the Express router and fails
 * for any route missing from it. Adding an endpoint: define its contract next to its router with
 * defineRoute(), mount it with mountRoute(), and list the contracts here.
 */
export const apiContracts: RouteContract[] = [
  ...Object.values(healthContracts),
  ...Object.values(categoryContracts),
  ...Object.values(toolContracts),
  ...Object.values(compareContracts),
  ...Object.values(comparisonContracts),
  ...Object.values(searchContracts),
  ...Object.values(openApiContracts),
  ...Object.values(authContracts),
  ...Object.values(meContracts),
  ...Object.values(toolReasonContracts),
  ...Object.values(toolFollowContracts),
  ...Object.values(reasonContracts),
  ...Object.values(toolFeedContracts),
  ...Object.values(toolDecisionContracts),
  ...Object.values(stackContracts),
  ...Object.values(decisionContracts),
  ...Object.values(userContracts),
  ...Object.values(feedContracts),
  ...Object.values(reportContracts),
  ...Object.values(moderationContracts),
];
