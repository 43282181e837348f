import { z } from 'zod';

/** GET /api/health */
export const healthResponseSchema = z.object({
  status: z.enum(['ok', 'unavailable']),
  database: z.object({
    engine: z.enum(['pglite', 'postgres']),
    reachable: z.boolean(),
    latencyMs: z.number().nullable(),
  }),
});
export type HealthResponse = z.infer<typeof healthResponseSchema>;

/** GET /api/health/ready: whether this process should be sent requests (a load balancer's question). */
export const readinessResponseSchema = z.object({
  status: z.enum(['ready', 'not ready']),
  /** It was told to stop and is finishing the requests it has. */
  draining: z.boolean(),
  database: healthResponseSchema.shape.database,
});
export type ReadinessResponse = z.infer<typeof readinessResponseSchema>;

/** GET /api/health/live: the process answers, whatever its database does (a supervisor's question). */
export const livenessResponseSchema = z.object({ status: z.literal('alive') });

/** GET /api/v1/openapi.json: an OpenAPI 3.1 document (its own standard describes the shape). */
export const openApiDocumentSchema = z.record(z.string(), z.unknown());
