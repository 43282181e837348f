// Screenshots of the main pages for docs/screenshots (shown in the README): home, a tool, a comparison
// and a stack, at 1280 px and 390 px wide, in the light and the dark theme, from the built production
// server with demo data. Run from the repository root: `npm run pnpm -- screenshots`.
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { startApiServer } from '../e2e/support/api-server.js';

const outDir = fileURLToPath(new URL('../../../docs/screenshots/', import.meta.url));
const server = await startApiServer({
  mainPath: fileURLToPath(new URL('../../api/dist/main.js', import.meta.url)),
  webDir: fileURLToPath(new URL('../dist', import.meta.url)),
});
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'],
});
try {
  // The most followed stack of the demo community that uses both compared tools.
  const comparison = (await (await fetch(`${server.origin}/api/v1/compare?tools=gunicorn,passenger`)).json()) as {
    comparison: { sharedStacks: { items: { owner: { username: string }; slug: string }[] } };
  };
  const stack = comparison.comparison.sharedStacks.items[0];
  if (!stack) throw new Error('The demo data has no stack using both Gunicorn and Passenger.');
  const pages: Record<string, string> = {
    home: '/',
    tool: '/tools/gunicorn',
    comparison: '/compare/gunicorn-vs-passenger',
    stack: `/stacks/${stack.owner.username}/${stack.slug}`,
  };
  mkdirSync(outDir, { recursive: true });
  for (const [name, path] of Object.entries(pages)) {
    for (const width of [1280, 390]) {
      for (const colorScheme of ['light', 'dark'] as const) {
        const context = await browser.newContext({ viewport: { width, height: width > 600 ? 1500 : 1400 }, colorScheme, deviceScaleFactor: 1 });
        const page = await context.newPage();
        await page.goto(`${server.origin}${path}`, { waitUntil: 'networkidle' });
        const file = `${outDir}${name}-${width}-${colorScheme}.png`;
        await page.screenshot({ path: file });
        console.log(`  ${file.replace(outDir, 'docs/screenshots/')}`);
        await context.close();
      }
    }
  }
} finally {
  await browser.close();
  await server.stop();
}
