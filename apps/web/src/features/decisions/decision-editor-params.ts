// What the address of /decisions/new prefills. No schema here: the route's data step imports this, and zod
// stays in the editor's own chunk.

/** As many tools as a decision may name (DECISION_MAX_TOOLS in the domain). */
const MAX_TOOLS = 10;
const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/** `?tools=gunicorn,passenger`: the slugs it names, lowercased, each once, as many as a decision may name. */
export function prefilledTools(param: string | null): string[] {
  if (!param) return [];
  const slugs = param
    .split(',')
    .map((slug) => slug.trim().toLowerCase())
    .filter((slug) => slug.length <= 80 && SLUG.test(slug));
  return [...new Set(slugs)].slice(0, MAX_TOOLS);
}

/** `?stack=owner/slug`: the viewer's stack it names (compared as the API would: the owner in any case), or ''. */
export function prefilledStack(param: string | null, stacks: readonly { owner: string; slug: string }[]): string {
  if (!param) return '';
  const [owner, slug] = param.split('/');
  const found = stacks.find((stack) => stack.owner.toLowerCase() === owner?.toLowerCase() && stack.slug === slug);
  return found ? `${found.owner}/${found.slug}` : '';
}
