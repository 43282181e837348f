// Lighthouse on the home page, a tool page and the comparison page of the built production server (demo
// data, embedded database), scored against the site's targets. A report, not a gate: scores move with the
// machine's load. Run from the repository root: `npm run pnpm -- lighthouse`.
import { mkdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { startApiServer } from '../e2e/support/api-server.js';

const PAGES = ['/', '/tools/nginx', '/compare/gunicorn-vs-passenger'];
const TARGETS: Record<string, number> = { performance: 95, accessibility: 100, 'best-practices': 95, seo: 100 };

const reportDir = fileURLToPath(new URL('../test-results/lighthouse/', import.meta.url));
const server = await startApiServer({
  mainPath: fileURLToPath(new URL('../../api/dist/main.js', import.meta.url)),
  webDir: fileURLToPath(new URL('../dist', import.meta.url)),
});
const chrome = await chromeLauncher.launch({
  chromePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
});
let missed = 0;
try {
  mkdirSync(reportDir, { recursive: true });
  console.log(`Lighthouse ${'12'} on ${server.origin} (mobile, simulated throttling)\n`);
  console.log(`${'page'.padEnd(34)} ${Object.keys(TARGETS).map((name) => name.padStart(15)).join('')}`);
  for (const path of PAGES) {
    const result = await lighthouse(`${server.origin}${path}`, { port: chrome.port, output: 'html', logLevel: 'error', onlyCategories: Object.keys(TARGETS) });
    if (!result) throw new Error(`Lighthouse gave no result for ${path}`);
    const cells = Object.entries(TARGETS).map(([category, target]) => {
      const score = Math.round((result.lhr.categories[category]?.score ?? 0) * 100);
      if (score < target) missed += 1;
      return `${score} ${score >= target ? 'ok' : `< ${target}`}`.padStart(15);
    });
    console.log(`${path.padEnd(34)} ${cells.join('')}`);
    writeFileSync(`${reportDir}${path.replace(/\W+/g, '-').replace(/^-|-$/g, '') || 'home'}.html`, String(result.report));
  }
  console.log(`\n${missed === 0 ? 'Every target met.' : `${missed} score(s) under target.`} Reports: ${reportDir}`);
} finally {
  chrome.kill();
  await server.stop();
}
