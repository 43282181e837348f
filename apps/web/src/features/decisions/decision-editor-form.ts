import { createDecisionRequestSchema, type CreateDecisionRequest } from '@stackyard/domain';

/** The fields of the decision form, as the API's create contract names them. */
export const DECISION_FIELDS = ['body', 'tools', 'stack'] as const;
export type DecisionField = (typeof DECISION_FIELDS)[number];

export interface DecisionDraft {
  body: string;
  tools: string[];
  /** "owner/slug", or '' for none. */
  stack: string;
}

/**
 * The draft as the API will read it, or what is wrong with it, field by field, in the domain's own words
 * (the same schema the API validates with), so most mistakes are shown before anything is sent.
 */
export function checkDraft(draft: DecisionDraft): { request: CreateDecisionRequest } | { problems: Partial<Record<DecisionField, string>> } {
  const parsed = createDecisionRequestSchema.safeParse({ body: draft.body, tools: draft.tools, ...(draft.stack ? { stack: draft.stack } : {}) });
  if (parsed.success) return { request: parsed.data };
  const problems: Partial<Record<DecisionField, string>> = {};
  for (const issue of parsed.error.issues) {
    const field = DECISION_FIELDS.find((name) => name === issue.path[0]);
    if (field && !problems[field]) problems[field] = sentence(issue.message);
  }
  return { problems };
}

function sentence(message: string): string {
  const text = message.charAt(0).toUpperCase() + message.slice(1);
  return /[.!?]$/.test(text) ? text : `${text}.`;
}
