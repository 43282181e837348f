import { OPEN_DATA_LICENSE } from '@stackyard/domain';

/** The README written into every dump: what each file holds, field by field. */
export function openDataReadme(createdAt: string): string {
  return `# Stackyard open data

Taken ${createdAt}. Licensed under the Creative Commons Attribution 4.0 International licence
(${OPEN_DATA_LICENSE.url}): you may share and adapt it for any purpose, crediting "Stackyard contributors".

Every \`.jsonl\` file holds one JSON object per line, in the order its rows were created. Times are ISO 8601
in UTC. Counts are the site's own cached counters at the moment of the dump; all files were read in one
transaction, so they agree with each other. Only what any visitor of the site can see is here: content a
moderator hid and everything of a suspended member is left out, and of people only their public profile.

## taxonomy.jsonl
One line per function, the finest level of the taxonomy: \`layerSlug\`, \`layerName\`, \`categorySlug\`,
\`categoryName\`, \`functionSlug\`, \`functionName\`, \`toolCount\` (tools in that function), in the site's order.

## tools.jsonl
\`slug\` (the tool's address, /tools/<slug>), \`name\`, \`tagline\`, \`description\`, \`websiteUrl\`,
\`githubRepo\` (owner/name), \`openSource\`, \`license\` (SPDX id), \`githubStars\`, \`githubForks\` (as last
synced from GitHub, or null), \`functionSlug\` (see taxonomy.jsonl), \`stacksCount\` (stacks that list it),
\`followersCount\`, \`votesCount\` (votes on its pros and cons), \`integrations\` (slugs of the tools it works
with), \`createdAt\`.

## stacks.jsonl
\`owner\` (a username in people.jsonl), \`slug\` (together: /stacks/<owner>/<slug>), \`name\`, \`description\`,
\`websiteUrl\`, \`followersCount\`, \`tools\` (in the owner's order: \`slug\`, \`note\`, and \`source\`: "manual"
when added by hand, "detected" when found in the stack's code), \`createdAt\`, \`updatedAt\`.

## reasons.jsonl
The pros and cons of tools: \`id\`, \`tool\` (a slug), \`kind\` ("pro" or "con"), \`text\`, \`votesCount\`,
\`author\` (a username, or null for one imported with the catalogue), \`createdAt\`.

## decisions.jsonl
Members' write-ups of why they chose or dropped tools: \`id\`, \`author\`, \`stackOwner\` and \`stackSlug\` (the
stack it is about, or null), \`tools\` (slugs), \`body\` (Markdown), \`votesCount\`, \`createdAt\`.

## people.jsonl
Members' public profiles: \`username\`, \`displayName\`, \`bio\`, \`websiteUrl\`, \`followersCount\`, \`createdAt\`.
No email, password, session or token is ever part of a dump.
`;
}

/** The licence file: its name, where to read it whole, and the credit it asks for. */
export function openDataLicense(): string {
  return `Stackyard open data is made available under the Creative Commons Attribution 4.0 International
licence (CC BY 4.0).

You are free to share (copy and redistribute the material in any medium or format) and adapt (remix,
transform and build upon the material) for any purpose, even commercially, as long as you give appropriate
credit ("Stackyard contributors"), provide a link to the licence and indicate if changes were made.

The full legal code: https://creativecommons.org/licenses/by/4.0/legalcode
A summary: ${OPEN_DATA_LICENSE.url}
`;
}
