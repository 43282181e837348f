import type { Comparison, ToolProfile } from '@stackyard/domain';

/** A compared tool with plain defaults; tests override what they are about. */
export function profile(slug: string, overrides: Partial<ToolProfile> = {}): ToolProfile {
  const name = slug.charAt(0).toUpperCase() + slug.slice(1);
  return {
    slug,
    name,
    tagline: `${name}, a web server`,
    logoUrl: null,
    openSource: true,
    function: { slug: 'web-servers', name: 'Web Servers' },
    stats: { stacks: 0, detectedIn: 0, followers: 0, votes: 0, githubStars: null, githubForks: null, githubSyncedAt: null, githubPushedAt: null },
    description: '',
    websiteUrl: null,
    githubRepo: null,
    license: 'MIT',
    path: {
      layer: { slug: 'application-and-data', name: 'Application & Data' },
      category: { slug: 'platform-as-a-service', name: 'Platform as a Service' },
      function: { slug: 'web-servers', name: 'Web Servers' },
    },
    integrations: [],
    pros: [],
    cons: [],
    // Whole lists, unless a test says otherwise: the first few are all there is.
    rest: {
      pros: { total: overrides.pros?.length ?? 0, nextCursor: null },
      cons: { total: overrides.cons?.length ?? 0, nextCursor: null },
      integrations: { total: overrides.integrations?.length ?? 0, nextCursor: null },
    },
    ...overrides,
  };
}

export function comparisonOf(tools: ToolProfile[], overrides: Partial<Comparison> = {}): Comparison {
  return {
    tools,
    sharedStacks: { count: 0, items: [] },
    sharedIntegrations: [],
    alternatives: [],
    adoption: { months: ['2026-01', '2026-02'], series: tools.map((tool) => ({ slug: tool.slug, stacksAdded: [0, 0] })) },
    decisions: [],
    related: { comparisons: [], usedTogether: [] },
    ...overrides,
  };
}
