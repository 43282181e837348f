// Plain values without schemas, so web pages can import them without bringing zod into the browser
// (`@stackyard/domain/detect-limits`).

/** What POST /api/v1/detect reads at most: enough for a repository's manifests, not for its whole tree. */
export const DETECT_LIMITS = {
  files: 300,
  fileBytes: 1024 * 1024,
  totalBytes: 4 * 1024 * 1024,
  pathLength: 400,
} as const;

/** How much evidence a stack keeps per tool: where it was seen first, and a few more places. */
export const STACK_TOOL_EVIDENCE_MAX = 5;
