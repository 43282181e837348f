// Prints each page's initial JavaScript (what the browser downloads before the page is interactive),
// gzip-compressed, from the React Router manifest of the last build. `tsx scripts/initial-js.ts`.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const client = fileURLToPath(new URL('../dist/client', import.meta.url));
const source = fileURLToPath(new URL('../src', import.meta.url));

interface ManifestRoute {
  id: string;
  path?: string;
  module: string;
  imports?: string[];
  hasDefaultExport: boolean;
}

export interface RouteSize {
  route: string;
  path: string;
  files: number;
  gzipBytes: number;
  /**
   * Only signed-in people open it (its module exports `handle = PRIVATE_PAGE`): the budget is for the
   * public pages, which every visitor and crawler downloads; these are printed but not held to it.
   */
  private: boolean;
}

/** Whether a route's source module declares itself private (features/auth/private-page.ts). */
function isPrivateRoute(routeId: string): boolean {
  const file = ['.tsx', '.ts'].map((extension) => `${source}/${routeId}${extension}`).find((path) => existsSync(path));
  return file ? /export const handle = PRIVATE_PAGE\b/.test(readFileSync(file, 'utf8')) : false;
}

/** The JS files a first visit to each route loads: manifest, entry, root and the route, with their imports. */
export function initialJsByRoute(clientDir = client): RouteSize[] {
  const manifestFile = readdirSync(`${clientDir}/assets`).find((name) => /^manifest-.*\.js$/.test(name));
  if (!manifestFile) throw new Error(`No React Router manifest in ${clientDir}/assets: build the web app first.`);
  const source = readFileSync(`${clientDir}/assets/${manifestFile}`, 'utf8');
  const manifest = JSON.parse(source.slice(source.indexOf('{'), source.lastIndexOf('}') + 1)) as {
    entry: { module: string; imports: string[] };
    routes: Record<string, ManifestRoute>;
  };
  const sizes = new Map<string, number>();
  const gzipSize = (path: string): number => {
    let size = sizes.get(path);
    if (size === undefined) {
      size = gzipSync(readFileSync(`${clientDir}${path}`)).length;
      sizes.set(path, size);
    }
    return size;
  };
  const root = manifest.routes.root;
  if (!root) throw new Error('The manifest has no root route.');
  const shared = [`/assets/${manifestFile}`, manifest.entry.module, ...manifest.entry.imports, root.module, ...(root.imports ?? [])];
  return Object.values(manifest.routes)
    .filter((route) => route.id !== 'root' && route.hasDefaultExport)
    .map((route) => {
      const files = new Set([...shared, route.module, ...(route.imports ?? [])]);
      const bytes = [...files].reduce((sum, path) => sum + gzipSize(path), 0);
      return { route: route.id.replace(/^routes\//, ''), path: route.path ?? '/', files: files.size, gzipBytes: bytes, private: isPrivateRoute(route.id) };
    })
    .sort((a, b) => b.gzipBytes - a.gzipBytes);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const rows = initialJsByRoute();
  console.log('Initial JavaScript per page (gzip; budget 140 KB for public pages, aim 100 KB):');
  for (const row of rows) {
    const kb = row.gzipBytes / 1024;
    const mark = row.private ? 'private page (not budgeted)' : kb > 140 ? 'OVER BUDGET' : kb > 100 ? 'above aim' : 'ok';
    console.log(`  ${kb.toFixed(1).padStart(6)} KB  ${String(row.files).padStart(2)} files  ${row.route.padEnd(34)} ${mark}`);
  }
}
