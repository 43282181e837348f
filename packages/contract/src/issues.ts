import type { z } from 'zod';

export interface IssueSummary {
  /** Where the problem is, dotted: `body.tools.0.slug`, `tool.name`. */
  path: string;
  message: string;
}

/** zod's issues as `path: message` pairs, the path prefixed with the part of the message they are in. */
export function summarizeIssues(error: z.ZodError, prefix?: string): IssueSummary[] {
  return error.issues.map((issue) => ({
    path: [...(prefix ? [prefix] : []), ...issue.path.map(String)].join('.') || '(the whole value)',
    message: issue.message,
  }));
}

/** `tool.name: Invalid input; stats.votes: Too small`: the first few issues in one line. */
export function formatIssues(issues: IssueSummary[], most = 3): string {
  const shown = issues.slice(0, most).map((issue) => `${issue.path}: ${issue.message}`);
  return issues.length > most ? `${shown.join('; ')}; and ${issues.length - most} more` : shown.join('; ');
}
