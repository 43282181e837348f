import { createDecisionRequestSchema, DECISION_MAX_TOOLS, type CreateDecisionRequest } from '@stackyard/domain';

/** The fields of the decision form, as the API's create contract names them. */
export const DECISION_FIELDS = ['body', 'tools', 'stack'] as const;
export type DecisionField = (typeof DECISION_FIELDS)[number];

const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/** `?tools=gunicorn,passenger`: the slugs it names, lowercased, each once, as many as a decision may name. */
export function prefilledTools(param: string | null): string[] {
  if (!param) return [];
  const slugs = param
    .split(',')
    .map((slug) => slug.trim().toLowerCase())
    .filter((slug) => slug.length <= 80 && SLUG.test(slug));
  return [...new Set(slugs)].slice(0, DECISION_MAX_TOOLS);
}

/** `?stack=owner/slug`: the viewer's stack it names (compared as the API would: the owner in any case), or ''. */
export function prefilledStack(param: string | null, stacks: readonly { owner: string; slug: string }[]): string {
  if (!param) return '';
  const [owner, slug] = param.split('/');
  const found = stacks.find((stack) => stack.owner.toLowerCase() === owner?.toLowerCase() && stack.slug === slug);
  return found ? `${found.owner}/${found.slug}` : '';
}

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
