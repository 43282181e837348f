import type { FullColourIcon } from './icon-sets.js';

// Every logo is the same rounded square, so logos from both sets and monograms line up on a page:
// a 64x64 viewBox with a tile behind the art. The tile is what keeps each logo visible on light and
// dark pages alike: the art is drawn against the tile, never against the page.

export const LOGO_VIEWBOX = '0 0 64 64';
const TILE_RADIUS = 12;
/** Behind full-colour logos: they are drawn for light backgrounds. */
export const LIGHT_TILE = '#f8fafc';
/** Non-text graphics need 3:1 against what is around them (WCAG 1.4.11); letters need 4.5:1. */
export const MIN_ICON_CONTRAST = 3;
export const MIN_TEXT_CONTRAST = 4.5;

const FONT_STACK = "system-ui, -apple-system, 'Segoe UI', Roboto, Helvetica, Arial, sans-serif";

function frame(tile: string, art: string): string {
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" viewBox="${LOGO_VIEWBOX}" width="64" height="64">` +
    tile +
    art +
    '</svg>'
  );
}

// A hairline keeps a light tile's edge visible on a white page.
const lightTile = (fill: string) =>
  `<rect x="0.5" y="0.5" width="63" height="63" rx="${TILE_RADIUS - 0.5}" fill="${fill}" stroke="#0f172a" stroke-opacity="0.08"/>`;
const solidTile = (fill: string) => `<rect width="64" height="64" rx="${TILE_RADIUS}" fill="${fill}"/>`;

/** A full-colour icon of `@iconify-json/logos`, fitted (aspect kept, centred) into the tile with a margin. */
export function fullColourLogo(icon: FullColourIcon): string {
  const box = `${icon.left} ${icon.top} ${icon.width} ${icon.height}`;
  return frame(lightTile(LIGHT_TILE), `<svg x="8" y="8" width="48" height="48" viewBox="${box}">${icon.body}</svg>`);
}

/**
 * A monochrome simple-icons path in its brand colour, on a soft tint of that colour, or on a dark shade
 * of it when the colour is too light to stand out on a tint (JavaScript's yellow, a white brand).
 */
export function monochromeLogo(path: string, hex: string): string {
  const colour = `#${hex.toLowerCase()}`;
  const tile = monochromeTile(colour);
  const tileMarkup = tile.light ? lightTile(tile.fill) : solidTile(tile.fill);
  return frame(tileMarkup, `<svg x="14" y="14" width="36" height="36" viewBox="0 0 24 24"><path fill="${colour}" d="${path}"/></svg>`);
}

export function monochromeTile(colour: string): { fill: string; light: boolean } {
  const tint = mix(colour, '#ffffff', 0.9);
  if (contrastRatio(colour, tint) >= MIN_ICON_CONTRAST) return { fill: tint, light: true };
  return { fill: mix(colour, '#000000', 0.82), light: false };
}

/** One or two letters and a colour of the slug's own, for a tool without a brand icon. */
export function monogramLogo(slug: string, name: string): string {
  const letters = monogramLetters(name, slug);
  const size = letters.length > 1 ? 26 : 32;
  // dy centres capitals on the middle line without dominant-baseline, which image renderers handle unevenly.
  const text =
    `<text x="32" y="32" dy="0.35em" text-anchor="middle" font-family="${FONT_STACK}" font-size="${size}" ` +
    `font-weight="600" fill="#ffffff">${letters}</text>`;
  return frame(solidTile(monogramColour(slug)), text);
}

// Little words that would make "Ruby on Rails" an "RO".
const CONNECTIVES = new Set(['a', 'an', 'and', 'de', 'for', 'of', 'on', 'the', 'to']);

/**
 * "Apache HTTP Server" -> "AH", "GitLab" -> "GL", "k6" -> "K6", "Zustand" -> "Z": initials of the first two
 * words, else a word's own capitals, else its first letter. Only A-Z and 0-9 (accents dropped), so the
 * letters never need escaping.
 */
export function monogramLetters(name: string, slug = ''): string {
  const ascii = name.normalize('NFKD').replace(/[\u0300-\u036f]/g, '');
  // "monday.com" and "Bunny.net" are one word each; "Apache HTTP Server" is three.
  const words = ascii
    .split(/[\s_/-]+/)
    .map((word) => word.replace(/[^A-Za-z0-9]/g, ''))
    .filter(Boolean);
  const meaningful = words.filter((word) => !CONNECTIVES.has(word));
  const [first, second] = meaningful.length > 0 ? meaningful : words;
  if (!first) return (slug.replace(/[^a-z0-9]/g, '').slice(0, 1) || 'X').toUpperCase();
  if (second) return (first.charAt(0) + second.charAt(0)).toUpperCase();
  if (first.length <= 2) return first.toUpperCase();
  const inner = first.slice(1).match(/[A-Z]/)?.[0];
  return (first.charAt(0) + (inner ?? '')).toUpperCase();
}

/** A hue from the slug (so a tool keeps its colour), darkened until white letters reach 4.5:1. */
export function monogramColour(slug: string): string {
  const hue = fnv1a(slug) % 360;
  for (let lightness = 0.46; lightness > 0.1; lightness -= 0.02) {
    const colour = hslToHex(hue, 0.55, lightness);
    if (contrastRatio(colour, '#ffffff') >= MIN_TEXT_CONTRAST) return colour;
  }
  return hslToHex(hue, 0.55, 0.1);
}

function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (const char of text) {
    hash ^= char.codePointAt(0)!;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash;
}

/** CSS Color 4's HSL to RGB. */
function hslToHex(hue: number, saturation: number, lightness: number): string {
  const amplitude = saturation * Math.min(lightness, 1 - lightness);
  const channel = (n: number) => {
    const k = (n + hue / 30) % 12;
    return lightness - amplitude * Math.max(-1, Math.min(k - 3, 9 - k, 1));
  };
  return toHex([channel(0), channel(8), channel(4)]);
}

function toHex(channels: number[]): string {
  return `#${channels.map((value) => Math.round(Math.min(1, Math.max(0, value)) * 255).toString(16).padStart(2, '0')).join('')}`;
}

function channels(colour: string): [number, number, number] {
  const hex = colour.replace('#', '');
  return [0, 2, 4].map((at) => parseInt(hex.slice(at, at + 2), 16) / 255) as [number, number, number];
}

/** `weight` of `toward`, the rest of `colour`. */
export function mix(colour: string, toward: string, weight: number): string {
  const a = channels(colour);
  const b = channels(toward);
  return toHex(a.map((value, index) => value * (1 - weight) + b[index]! * weight));
}

/** WCAG relative luminance. */
export function luminance(colour: string): number {
  const [r, g, b] = channels(colour).map((value) => (value <= 0.04045 ? value / 12.92 : ((value + 0.055) / 1.055) ** 2.4)) as [
    number,
    number,
    number,
  ];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

export function contrastRatio(a: string, b: string): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}
