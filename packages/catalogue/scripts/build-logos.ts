// `pnpm build` of the catalogue: every tool's logo as a static file, dist/logos/<slug>.<hash>.svg, and
// dist/logos-manifest.json. The API serves the folder; the seed stores the same URLs (src/logos/logos.ts).
import { fileURLToPath } from 'node:url';
import { writeLogos } from '../src/logos/index.js';

const dist = fileURLToPath(new URL('../dist', import.meta.url));
const manifest = await writeLogos(dist);
console.log(`logos: ${manifest.tools} written to ${dist}/logos, ${manifest.withBrandIcon} with a brand icon, the rest monograms`);
