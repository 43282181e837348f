import { createHash } from 'node:crypto';
import { catalogueTools } from '../index.js';
import { isPublicDomain, readFullColourIcons, readMonochromeIcons, readMonochromePath, type FullColourIcon } from './icon-sets.js';
import { logoMap, type LogoIcon } from './logo-map.js';
import { fullColourLogo, monochromeLogo, monogramLogo } from './render-logo.js';

export type { LogoIcon } from './logo-map.js';
export { logoMap } from './logo-map.js';

/** Where the API serves the logo files: `/logos/<slug>.<hash>.svg`. */
export const LOGO_PATH_PREFIX = '/logos/';
/** A logo's file name: the tool's slug and the first 8 hex digits of its SVG's SHA-256. */
export const LOGO_FILE_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*\.[0-9a-f]{8}\.svg$/;

export interface ToolLogo {
  slug: string;
  svg: string;
  /** `<slug>.<hash>.svg`: a new drawing gets a new name, so a file can be cached for ever. */
  fileName: string;
  /** `/logos/<fileName>`, what `tools.logo_url` holds. */
  url: string;
  /** The brand icon drawn, or null for a monogram. */
  icon: LogoIcon | null;
}

type Art = { kind: 'full-colour'; icon: FullColourIcon } | { kind: 'monochrome'; path: string; hex: string };

let mappedArt: Map<string, Art> | undefined;

/**
 * The artwork of every icon the mapping names, read once per process. The full sets are read, the few
 * hundred icons used are kept, and the rest is left to the garbage collector.
 */
function artOfMappedIcons(): Map<string, Art> {
  if (mappedArt) return mappedArt;
  const wanted = Object.values(logoMap);
  const fullColour = wanted.some((icon) => icon.set === 'logos') ? readFullColourIcons() : new Map<string, FullColourIcon>();
  const monochrome = wanted.some((icon) => icon.set === 'simple-icons') ? readMonochromeIcons() : new Map();
  const art = new Map<string, Art>();
  for (const icon of wanted) {
    const key = `${icon.set}:${icon.icon}`;
    if (icon.set === 'logos') {
      const found = fullColour.get(icon.icon);
      if (found) art.set(key, { kind: 'full-colour', icon: found });
    } else {
      const found = monochrome.get(icon.icon);
      // An icon whose licence is not CC0 is never drawn, whatever the mapping says (the tests refuse it too).
      if (found && isPublicDomain(found)) art.set(key, { kind: 'monochrome', path: readMonochromePath(found.slug), hex: found.hex });
    }
  }
  mappedArt = art;
  return art;
}

function svgOf(tool: { slug: string; name: string }): { svg: string; icon: LogoIcon | null } {
  const icon = logoMap[tool.slug];
  // A mapped icon that an icon-set update removed becomes a monogram here, not a failed seed: the
  // catalogue's tests name it.
  const art = icon ? artOfMappedIcons().get(`${icon.set}:${icon.icon}`) : undefined;
  if (!icon || !art) return { svg: monogramLogo(tool.slug, tool.name), icon: null };
  const svg = art.kind === 'full-colour' ? fullColourLogo(art.icon) : monochromeLogo(art.path, art.hex);
  return { svg, icon };
}

/** A tool's logo: its brand icon when the mapping names one, else its monogram. */
export function toolLogo(tool: { slug: string; name: string }): ToolLogo {
  const { svg, icon } = svgOf(tool);
  const hash = createHash('sha256').update(svg).digest('hex').slice(0, 8);
  const fileName = `${tool.slug}.${hash}.svg`;
  return { slug: tool.slug, svg, fileName, url: `${LOGO_PATH_PREFIX}${fileName}`, icon };
}

/**
 * The URL path of a tool's logo, computed from the same SVG the build writes (not read from the build),
 * so the seed can store it before or without a build.
 */
export function logoUrl(tool: { slug: string; name: string }): string {
  return toolLogo(tool).url;
}

/** Every catalogue tool's logo, in catalogue order. */
export function catalogueLogos(tools: readonly { slug: string; name: string }[] = catalogueTools): ToolLogo[] {
  return tools.map(toolLogo);
}
