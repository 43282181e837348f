import { createHash } from 'node:crypto';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SaxesParser } from 'saxes';
import { describe, expect, it } from 'vitest';
import { catalogueTools } from '../index.js';
import { isPublicDomain, readFullColourIcons, readMonochromeIcons, readMonochromePath } from './icon-sets.js';
import { LOGO_FILE_PATTERN, catalogueLogos, logoMap, logoUrl, toolLogo, writeLogos } from './index.js';
import { LOGO_VIEWBOX, MIN_ICON_CONTRAST, MIN_TEXT_CONTRAST, contrastRatio, monochromeTile, monogramColour, monogramLetters } from './render-logo.js';

const logos = catalogueLogos();
const bySlug = new Map(catalogueTools.map((tool) => [tool.slug, tool]));

interface ParsedSvg {
  root: { name: string; attributes: Record<string, string> };
  elements: Array<{ name: string; attributes: Record<string, string> }>;
}

/** Parses as a browser does an image/svg+xml file: strict XML with namespaces, or an error. */
function parseSvg(svg: string): ParsedSvg {
  const parser = new SaxesParser({ xmlns: true });
  const elements: ParsedSvg['elements'] = [];
  parser.on('error', (error) => {
    throw error;
  });
  parser.on('opentag', (tag) => {
    const attributes = Object.fromEntries(Object.values(tag.attributes).map((attribute) => [attribute.name, attribute.value]));
    elements.push({ name: tag.name, attributes });
  });
  parser.write(svg).close();
  return { root: elements[0]!, elements };
}

describe('tool logos', () => {
  it('gives every catalogue tool a well-formed SVG in the same 64x64 box, with nothing active in it', () => {
    expect(logos).toHaveLength(catalogueTools.length);
    for (const logo of logos) {
      const { root, elements } = parseSvg(logo.svg);
      expect(root.name, logo.slug).toBe('svg');
      expect(root.attributes.xmlns, logo.slug).toBe('http://www.w3.org/2000/svg');
      expect(root.attributes.viewBox, logo.slug).toBe(LOGO_VIEWBOX);
      for (const element of elements) {
        expect(['script', 'foreignObject', 'iframe', 'object', 'embed', 'image'], `${logo.slug}: <${element.name}>`).not.toContain(element.name);
        for (const [name, value] of Object.entries(element.attributes)) {
          expect(name, `${logo.slug}: ${name} on <${element.name}>`).not.toMatch(/^on/i);
          // Gradients refer to their own ids; nothing may point outside the file.
          if (/(^|:)href$/.test(name)) expect(value, `${logo.slug}: ${name}`).toMatch(/^#/);
          expect(value, `${logo.slug}: ${name}`).not.toMatch(/javascript:|url\((?!#)/i);
        }
      }
    }
  });

  it('names each file by its slug and the hash of its content, and answers the same URL every time', () => {
    for (const logo of logos) {
      const hash = createHash('sha256').update(logo.svg).digest('hex').slice(0, 8);
      expect(logo.fileName).toBe(`${logo.slug}.${hash}.svg`);
      expect(logo.fileName).toMatch(LOGO_FILE_PATTERN);
      expect(logo.url).toBe(`/logos/${logo.fileName}`);
      const tool = bySlug.get(logo.slug)!;
      expect(logoUrl(tool)).toBe(logo.url);
      expect(toolLogo({ ...tool })).toEqual(logo);
    }
    expect(new Set(logos.map((logo) => logo.url)).size).toBe(logos.length);
  });

  it('draws a brand icon exactly for the mapped tools, and a monogram for the rest', () => {
    for (const logo of logos) {
      expect(logo.icon, logo.slug).toEqual(logoMap[logo.slug] ?? null);
      expect(logo.svg.includes('<text'), logo.slug).toBe(logo.icon === null);
    }
    // A drop here means a mapped icon disappeared from an icon set (the next test names it).
    expect(logos.filter((logo) => logo.icon !== null).length).toBeGreaterThanOrEqual(380);
  });

  it('maps only catalogue slugs to icons that exist, and simple-icons only under CC0', () => {
    const fullColour = readFullColourIcons();
    const monochrome = readMonochromeIcons();
    for (const [slug, icon] of Object.entries(logoMap)) {
      expect(bySlug.has(slug), `${slug} is not a catalogue tool`).toBe(true);
      if (icon.set === 'logos') {
        expect(fullColour.has(icon.icon), `${slug}: logos:${icon.icon} does not exist`).toBe(true);
      } else {
        const found = monochrome.get(icon.icon);
        expect(found, `${slug}: simple-icons:${icon.icon} does not exist`).toBeDefined();
        expect(isPublicDomain(found!), `${slug}: simple-icons:${icon.icon} is ${found!.license}`).toBe(true);
        expect(readMonochromePath(icon.icon), slug).toMatch(/^[Mm]\s*[-0-9.]/);
      }
    }
  });

  it('keeps monochrome icons at 3:1 against their tile, and monogram letters at 4.5:1', () => {
    const monochrome = readMonochromeIcons();
    for (const [slug, icon] of Object.entries(logoMap)) {
      if (icon.set !== 'simple-icons') continue;
      const colour = `#${monochrome.get(icon.icon)!.hex}`;
      expect(contrastRatio(colour, monochromeTile(colour).fill), slug).toBeGreaterThanOrEqual(MIN_ICON_CONTRAST);
    }
    for (const tool of catalogueTools) {
      expect(contrastRatio(monogramColour(tool.slug), '#ffffff'), tool.slug).toBeGreaterThanOrEqual(MIN_TEXT_CONTRAST);
    }
    // The extremes: a white brand gets a dark tile, a black one a light tile.
    expect(monochromeTile('#ffffff').light).toBe(false);
    expect(monochromeTile('#000000').light).toBe(true);
    expect(contrastRatio('#ffffff', monochromeTile('#ffffff').fill)).toBeGreaterThanOrEqual(MIN_ICON_CONTRAST);
  });

  it('makes monograms of one or two letters, and gives each slug its own steady colour', () => {
    expect(monogramLetters('Apache HTTP Server')).toBe('AH');
    expect(monogramLetters('Ruby on Rails')).toBe('RR');
    expect(monogramLetters('GitLab')).toBe('GL');
    expect(monogramLetters('Zustand')).toBe('Z');
    expect(monogramLetters('k6')).toBe('K6');
    expect(monogramLetters('monday.com')).toBe('M');
    expect(monogramLetters('Éclair')).toBe('E');
    expect(monogramLetters('+++', 'plus')).toBe('P');
    for (const tool of catalogueTools) expect(monogramLetters(tool.name), tool.slug).toMatch(/^[A-Z0-9]{1,2}$/);
    expect(monogramColour('passenger')).toBe(monogramColour('passenger'));
    const colours = new Set(catalogueTools.map((tool) => monogramColour(tool.slug)));
    expect(colours.size).toBeGreaterThan(50);
    // A tool outside the catalogue (the seed takes any list) gets a monogram too.
    expect(toolLogo({ slug: 'not-in-the-catalogue', name: 'Not Here' }).svg).toContain('>NH</text>');
  });

  it('writes one file per tool under its URL, and a manifest of them, into a fresh folder', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'stackyard-logos-'));
    try {
      const manifest = await writeLogos(dir);
      const files = await readdir(join(dir, 'logos'));
      expect(files.sort()).toEqual(logos.map((logo) => logo.fileName).sort());
      expect(manifest.tools).toBe(catalogueTools.length);
      expect(manifest.withBrandIcon).toBe(Object.keys(logoMap).length);
      const nginx = logos.find((logo) => logo.slug === 'nginx')!;
      expect(await readFile(join(dir, 'logos', nginx.fileName), 'utf8')).toBe(nginx.svg);
      const written = JSON.parse(await readFile(join(dir, 'logos-manifest.json'), 'utf8'));
      expect(written.logos.nginx).toEqual({ file: nginx.fileName, url: nginx.url, icon: { set: 'logos', icon: 'nginx' } });
      // A second build leaves no file of the first behind.
      await writeLogos(dir, catalogueTools.slice(0, 3));
      expect(await readdir(join(dir, 'logos'))).toHaveLength(3);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
