// Proposes a logo for every catalogue tool that has none in the mapping yet, by matching its slug, name,
// GitHub repository and web domain against both icon sets. It only prints: a person reviews each line
// (a wrong brand's logo is worse than a monogram) and copies the good ones into src/logos/logo-map.ts.
//   npx tsx scripts/propose-logos.ts          tools without a mapping
//   npx tsx scripts/propose-logos.ts --all    every tool, mapped or not
import { catalogueTools } from '../src/index.js';
import { readFullColourIcons, readMonochromeIcons, isPublicDomain, type FullColourIcon } from '../src/logos/icon-sets.js';
import { logoMap } from '../src/logos/logo-map.js';

const normalise = (text: string) =>
  text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/\+/g, 'plus')
    .replace(/[^a-z0-9]/g, '');

const aspect = (icon: FullColourIcon) => Math.max(icon.width, icon.height) / Math.min(icon.width, icon.height);

const fullColour = readFullColourIcons();
const monochrome = readMonochromeIcons();

// "nodejs-icon" and "nodejs" are the same brand: index both under "nodejs".
const fullColourByKey = new Map<string, string[]>();
for (const name of fullColour.keys()) {
  const key = normalise(name.replace(/-icon$/, ''));
  fullColourByKey.set(key, [...(fullColourByKey.get(key) ?? []), name]);
}
// An icon's other names ("aka") are looser than its title: OpenTofu's include "Terraform".
const monochromeByKey = new Map<string, string[]>();
const monochromeByAlias = new Map<string, string[]>();
const addTo = (index: Map<string, string[]>, key: string, slug: string) => index.set(key, [...(index.get(key) ?? []), slug]);
for (const icon of monochrome.values()) {
  for (const key of new Set([icon.slug, normalise(icon.title)])) addTo(monochromeByKey, key, icon.slug);
  for (const key of new Set(icon.aliases.map(normalise))) addTo(monochromeByAlias, key, icon.slug);
}

// Vendors' products go by another form of the vendor's name in one set ("Amazon S3" is "aws-s3"), or
// by the product's name alone ("Apache Kafka" is "kafka"); frameworks drop a suffix ("Vue.js" is "vue").
// Never swap one vendor for another: "Azure Functions" is not "google-cloud-functions".
const VENDOR_NAMES = [['amazon', 'aws'], ['google', 'googlecloud'], ['microsoft', 'azure', 'microsoftazure']];
const DROPPABLE_PREFIXES = ['apache', 'hashicorp'];
const SUFFIXES = ['js', 'db', 'framework', 'api', 'io', 'cloud', 'server', 'cli', 'hq'];
function variants(keys: string[]): string[] {
  const out = new Set(keys);
  for (const key of keys) {
    for (const names of VENDOR_NAMES) {
      const vendor = names.find((name) => key.startsWith(name) && key.length > name.length + 1);
      if (vendor) for (const other of names) out.add(other + key.slice(vendor.length));
    }
    for (const prefix of DROPPABLE_PREFIXES) if (key.startsWith(prefix) && key.length > prefix.length + 1) out.add(key.slice(prefix.length));
  }
  for (const key of [...out]) {
    for (const suffix of SUFFIXES) if (key.endsWith(suffix) && key.length > suffix.length + 1) out.add(key.slice(0, -suffix.length));
  }
  return [...out];
}

// Hosts where many projects live: their name says nothing about the tool.
const SHARED_HOSTS = new Set(['github', 'gitlab', 'codeberg', 'sourceforge', 'readthedocs', 'npmjs', 'pypi']);

/** Wordmarks wider than this are unreadable on a small square tile: a monogram reads better. */
const WIDEST_READABLE = 2.6;

const showAll = process.argv.includes('--all');
let listed = 0;
for (const tool of catalogueTools) {
  if (!showAll && tool.slug in logoMap) continue;
  listed += 1;
  const exact = [tool.slug, tool.name, tool.name.replace(/\s*\(.*\)$/, '')].map(normalise);
  const weak = [
    tool.github?.split('/')[1] ?? '',
    new URL(tool.website).hostname.replace(/^www\./, '').split('.')[0] ?? '',
  ]
    .map(normalise)
    .filter((key) => key.length > 1 && !SHARED_HOSTS.has(key));
  const find = (index: Map<string, string[]>, keys: string[]) => [...new Set(keys.flatMap((key) => index.get(key) ?? []))];
  const match = (index: Map<string, string[]>, aliases = new Map<string, string[]>()) => {
    // The first kind of key that finds anything wins, and says how far to trust it.
    const tries = [
      ['name', index, exact],
      ['variant', index, variants(exact)],
      ['alias', aliases, exact],
      ['weak', index, weak],
    ] as const;
    for (const [by, where, keys] of tries) {
      const names = find(where, keys);
      if (names.length > 0) return { names, by };
    }
    return { names: [], by: 'none' };
  };
  const colour = match(fullColourByKey);
  // The squarest variant reads best on a square tile ("docker-icon" rather than the "docker" wordmark).
  const colourPick = colour.names.sort((a, b) => aspect(fullColour.get(a)!) - aspect(fullColour.get(b)!))[0];
  const colourAspect = colourPick ? aspect(fullColour.get(colourPick)!) : Infinity;
  const mono = match(monochromeByKey, monochromeByAlias);
  const monoPick = mono.names.find((slug) => isPublicDomain(monochrome.get(slug)!));
  const notPublicDomain = mono.names.filter((slug) => !isPublicDomain(monochrome.get(slug)!));

  // Full colour first, unless it is only a wide wordmark and simple-icons has the brand's symbol.
  const useColour = colourPick !== undefined && (colourAspect <= WIDEST_READABLE || monoPick === undefined);
  const pick = useColour
    ? { set: 'logos', icon: colourPick, by: colour.by }
    : monoPick
      ? { set: 'simple-icons', icon: monoPick, by: mono.by }
      : null;
  const notes = [
    colourPick ? `logos:${colourPick} (${colour.by}, ${colourAspect.toFixed(2)})` : null,
    // Its source says whose brand it is: simple-icons' "Kit" is kit.co, the catalogue's Kit is kit.com.
    monoPick ? `simple-icons:${monoPick} "${monochrome.get(monoPick)!.title}" (${mono.by}, from ${monochrome.get(monoPick)!.source})` : null,
    ...notPublicDomain.map((slug) => `simple-icons:${slug} is ${monochrome.get(slug)!.license}, not CC0`),
  ].filter(Boolean);
  const line = pick ? `  '${tool.slug}': { set: '${pick.set}', icon: '${pick.icon}' },` : `  // '${tool.slug}': none`;
  // Only an exact name is trusted as it comes; everything else waits for a person, commented out.
  const trusted = pick?.by === 'name' && (pick.set === 'simple-icons' || colourAspect <= WIDEST_READABLE);
  const hint = pick ? '' : [...fullColour.keys()].filter((name) => name.startsWith(tool.slug)).slice(0, 6).join(' ');
  const shown = trusted || !pick ? line : `// REVIEW ${line.trim()}`;
  console.log(`${shown} // ${tool.name}: ${[...notes, hint].filter(Boolean).join('; ') || 'nothing found'}`);
}
console.error(`${listed} tools listed`);
