import { z } from 'zod';
import { textSchema } from './text.js';

import { DETECT_LIMITS, STACK_TOOL_EVIDENCE_MAX } from './detect-limits.js';

export { DETECT_LIMITS, STACK_TOOL_EVIDENCE_MAX };

export const detectScopeSchema = z.enum(['runtime', 'dev', 'test', 'ci', 'docs', 'example']);
export type DetectScope = z.infer<typeof detectScopeSchema>;

/** Where a tool was seen: a file, its line, what matched there. */
export const evidenceSchema = z.object({
  file: textSchema().min(1).max(DETECT_LIMITS.pathLength),
  line: z.number().int().min(1).max(10_000_000),
  /** The matcher kind (npm, pypi, docker, file...), or "implied". */
  kind: textSchema().min(1).max(40),
  package: textSchema().max(300),
  version: textSchema().max(100).optional(),
  snippet: textSchema().max(300),
});
export type DetectEvidence = z.infer<typeof evidenceSchema>;

const pathSchema = textSchema()
  .min(1)
  .max(DETECT_LIMITS.pathLength)
  .refine((path) => !path.split(/[\\/]/).includes('..'), 'must stay inside the tree (no "..")');

/**
 * POST /api/v1/detect: the files of a tree, by path from its root. Their number and sizes are bounded by
 * DETECT_LIMITS, which the service checks (a 413, as for any body too large, not a 400).
 */
export const detectRequestSchema = z
  .object({
    files: z.array(z.object({ path: pathSchema, content: z.string() }).strict()).min(1, 'must hold at least one file'),
  })
  .strict();
export type DetectRequest = z.infer<typeof detectRequestSchema>;

export const detectedToolSchema = z.object({
  slug: z.string(),
  name: z.string(),
  confidence: z.number(),
  scope: detectScopeSchema,
  evidence: z.array(evidenceSchema),
});
export type DetectedTool = z.infer<typeof detectedToolSchema>;

export const detectResponseSchema = z.object({
  tools: z.array(detectedToolSchema),
  /** Tools seen only where they do not count: an example file, a commented-out line, a vendored folder. */
  hints: z.array(z.object({ slug: z.string(), name: z.string(), reason: z.string(), evidence: z.array(evidenceSchema) })),
  /** Packages that name no catalogue tool. */
  unknown: z.array(z.object({ ecosystem: z.string(), name: z.string(), version: z.string().optional(), file: z.string(), line: z.number().int() })),
  /** Files that could not be read, and why. */
  problems: z.array(z.object({ file: z.string(), message: z.string() })),
  workspaces: z.array(z.object({ path: z.string(), name: z.string().optional(), manifests: z.array(z.string()), tools: z.array(z.string()) })),
});
export type DetectResponse = z.infer<typeof detectResponseSchema>;

export const stackToolEvidenceSchema = z.array(evidenceSchema).min(1).max(STACK_TOOL_EVIDENCE_MAX);
