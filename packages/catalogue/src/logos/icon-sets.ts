import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

// The icon packages are read from disk rather than imported: importing them keeps both whole sets
// (about 23 MB of heap) alive in every process that ever seeded, while reading and parsing lets the
// garbage collector take back everything but the few hundred icons the catalogue uses.
// Resolved from this module, or, in the API's bundle, from apps/api (which declares both packages).
const require = createRequire(import.meta.url);

/** Icon sets the catalogue may take a logo from; both are CC0. */
export const ICON_SETS = ['logos', 'simple-icons'] as const;
export type IconSetName = (typeof ICON_SETS)[number];

/** One full-colour icon of `@iconify-json/logos`: SVG markup and the box it is drawn in. */
export interface FullColourIcon {
  body: string;
  left: number;
  top: number;
  width: number;
  height: number;
}

/** One monochrome icon of `simple-icons`: a single path in a 24x24 box, and the brand's colour. */
export interface MonochromeIcon {
  slug: string;
  title: string;
  /** Brand colour, six hex digits without `#`. */
  hex: string;
  /** The licence simple-icons records for this icon's artwork, when it records one. */
  license: string | null;
  aliases: string[];
  /** Where simple-icons took the artwork from: a review checks that it is this tool's brand. */
  source: string;
}

interface IconifyEntry {
  body?: string;
  parent?: string;
  left?: number;
  top?: number;
  width?: number;
  height?: number;
}

interface IconifyJson {
  icons: Record<string, IconifyEntry>;
  aliases?: Record<string, IconifyEntry>;
  width?: number;
  height?: number;
}

interface SimpleIconsEntry {
  slug: string;
  title: string;
  hex: string;
  license?: { type: string };
  aliases?: { aka?: string[] };
  source: string;
}

/**
 * Every icon of `@iconify-json/logos`, aliases resolved. An alias that changes its parent (flips,
 * rotations, another box) is left out: the set has none today, and drawing one would need the transform.
 */
export function readFullColourIcons(): Map<string, FullColourIcon> {
  const set = JSON.parse(readFileSync(require.resolve('@iconify-json/logos/icons.json'), 'utf8')) as IconifyJson;
  const icons = new Map<string, FullColourIcon>();
  for (const [name, entry] of Object.entries(set.icons)) {
    if (entry.body === undefined) continue;
    icons.set(name, {
      body: entry.body,
      left: entry.left ?? 0,
      top: entry.top ?? 0,
      width: entry.width ?? set.width ?? 16,
      height: entry.height ?? set.height ?? 16,
    });
  }
  for (const [name, alias] of Object.entries(set.aliases ?? {})) {
    const parent = alias.parent === undefined ? undefined : icons.get(alias.parent);
    if (parent && Object.keys(alias).length === 1) icons.set(name, parent);
  }
  return icons;
}

/** Every icon of `simple-icons` (its metadata; the path is read per icon by readMonochromePath). */
export function readMonochromeIcons(): Map<string, MonochromeIcon> {
  const entries = JSON.parse(readFileSync(require.resolve('simple-icons/icons.json'), 'utf8')) as SimpleIconsEntry[];
  return new Map(
    entries.map((entry) => [
      entry.slug,
      {
        slug: entry.slug,
        title: entry.title,
        hex: entry.hex,
        license: entry.license?.type ?? null,
        aliases: entry.aliases?.aka ?? [],
        source: entry.source,
      },
    ]),
  );
}

/** The single path of a simple-icons icon, from its own SVG file (the package ships one per icon). */
export function readMonochromePath(slug: string): string {
  if (!/^[a-z0-9]+$/.test(slug)) throw new Error(`Not a simple-icons slug: ${slug}`);
  const svg = readFileSync(require.resolve(`simple-icons/icons/${slug}.svg`), 'utf8');
  const path = /<path d="([^"]+)"\/>/.exec(svg)?.[1];
  if (!path) throw new Error(`simple-icons/icons/${slug}.svg holds no single path`);
  return path;
}

/**
 * Whether simple-icons offers an icon under CC0: the package is CC0, but it records other licences for
 * some icons' artwork (CC-BY, GPL, "custom"...), which would ask for attribution or more. Those are not used.
 */
export function isPublicDomain(icon: MonochromeIcon): boolean {
  return icon.license === null || icon.license === 'CC0-1.0';
}
