import { escapeXml } from '../feed/atom.js';

/**
 * A flat README badge in the shape people know (label on grey, message on colour), as SVG with every text
 * escaped. Widths come from a per-character estimate of 11px Verdana, which is what badge readers expect.
 */
const NARROW = new Set([...'fijlrt!|.,:;\'` ()[]']);
const WIDE = new Set([...'mwMW@%']);

function textWidth(text: string): number {
  let width = 0;
  for (const character of text) width += NARROW.has(character) ? 3.8 : WIDE.has(character) ? 10 : /[A-Z0-9]/.test(character) ? 7.5 : 6.6;
  return Math.ceil(width);
}

export function badgeSvg(label: string, message: string, title: string): string {
  const left = textWidth(label) + 12;
  const right = textWidth(message) + 12;
  const width = left + right;
  const [l, m, t] = [escapeXml(label), escapeXml(message), escapeXml(title)];
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="20" role="img" aria-label="${l}: ${m}">
<title>${t}</title>
<linearGradient id="s" x2="0" y2="100%"><stop offset="0" stop-color="#bbb" stop-opacity=".1"/><stop offset="1" stop-opacity=".1"/></linearGradient>
<clipPath id="r"><rect width="${width}" height="20" rx="3" fill="#fff"/></clipPath>
<g clip-path="url(#r)"><rect width="${left}" height="20" fill="#555"/><rect x="${left}" width="${right}" height="20" fill="#2563eb"/><rect width="${width}" height="20" fill="url(#s)"/></g>
<g fill="#fff" text-anchor="middle" font-family="Verdana,Geneva,DejaVu Sans,sans-serif" font-size="11">
<text x="${left / 2}" y="15" fill="#010101" fill-opacity=".3">${l}</text><text x="${left / 2}" y="14">${l}</text>
<text x="${left + right / 2}" y="15" fill="#010101" fill-opacity=".3">${m}</text><text x="${left + right / 2}" y="14">${m}</text>
</g>
</svg>
`;
}
