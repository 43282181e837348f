import { healthResponseSchema, livenessResponseSchema, openApiDocumentSchema, readinessResponseSchema } from '@stackyard/domain';
import { DEAD_TOKEN_ERROR, defineRoutes } from '../route.js';

export const health = defineRoutes('health', {
  check: {
    method: 'get',
    path: '/api/health',
    summary: 'Liveness and database reachability',
    tags: ['operations'],
    access: 'public',
    responses: {
      200: { description: 'Up, and the database answers', schema: healthResponseSchema },
      503: { description: 'Up, but the database does not answer', schema: healthResponseSchema },
    },
    errors: { 401: DEAD_TOKEN_ERROR },
  },
  ready: {
    method: 'get',
    path: '/api/health/ready',
    summary: 'Readiness: whether this process should be sent requests',
    tags: ['operations'],
    access: 'public',
    responses: {
      200: { description: 'Serving, and the database answers', schema: readinessResponseSchema },
      503: { description: 'Draining (told to stop), or the database does not answer', schema: readinessResponseSchema },
    },
    errors: { 401: DEAD_TOKEN_ERROR },
  },
  live: {
    method: 'get',
    path: '/api/health/live',
    summary: 'Liveness: the process answers, whatever its database does',
    tags: ['operations'],
    access: 'public',
    responses: { 200: { description: 'Alive', schema: livenessResponseSchema } },
    errors: { 401: DEAD_TOKEN_ERROR },
  },
  metrics: {
    method: 'get',
    path: '/api/metrics',
    summary: "This process's metrics in Prometheus' text format: requests by route, the database pool, rate-limit refusals, cache hits",
    tags: ['operations'],
    access: 'public',
    responses: { 200: { description: 'Prometheus text exposition', contentType: 'text/plain; version=0.0.4; charset=utf-8' } },
    errors: { 401: DEAD_TOKEN_ERROR },
  },
});

export const openapi = defineRoutes('openapi', {
  document: {
    method: 'get',
    path: '/api/v1/openapi.json',
    summary: 'This document: the OpenAPI 3.1 description of every endpoint',
    tags: ['operations'],
    access: 'public',
    responses: { 200: { description: 'The OpenAPI document', schema: openApiDocumentSchema } },
    errors: { 401: DEAD_TOKEN_ERROR },
  },
});
