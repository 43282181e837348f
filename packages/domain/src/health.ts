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

/** GET /api/v1/openapi.json: an OpenAPI 3.1 document (its own standard describes the shape). */
export const openApiDocumentSchema = z.record(z.string(), z.unknown());
