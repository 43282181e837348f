// Screenshots of the main pages for docs/screenshots (shown in the README): home, a tool, a comparison
// and a stack, and the signed-in feed, share-a-stack, settings and moderation pages, at 1280 px and 390 px
// wide, in the light and the dark theme, from the built production server with demo data. The signed-in
// pages are reached as a new member would: signing up, following, reporting, all through the pages. Two
// more views show detection: the editor's "Import from files" with what a small tree's files show, and a
// stack whose tools came from those files (file:line, confirmed).
// Run from the repository root: `npm run pnpm -- screenshots`.
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type BrowserContextOptions, type Page } from 'playwright-core';
import { startApiServer } from '../e2e/support/api-server.js';
import { setRoleOn } from '../e2e/support/set-role.js';

/** The member the signed-in screenshots are of. */
const MEMBER = { username: 'ada-example', email: 'ada@example.org', password: 'Quiet lantern orbits the harbour' };

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
  await shoot(browser, server.origin, pages);
  console.log('Signing up a member, through the pages, for the signed-in ones…');
  const storageState = await becomeMember(browser, server.origin);
  await setRoleOn(server.databaseEnv, MEMBER.username, 'moderator');
  await shoot(browser, server.origin, { feed: '/feed', 'share-a-stack': '/stacks/new', settings: '/settings', moderation: '/moderation' }, { storageState });
  console.log('Importing files into a stack, for the detection views…');
  const detectedStack = await shareImportedStack(browser, server.origin, storageState);
  await shoot(browser, server.origin, { 'stack-detected': detectedStack }, { storageState });
  await shootImport(browser, server.origin, storageState);
} finally {
  await browser.close();
  await server.stop();
}

async function shoot(browser: Browser, origin: string, pages: Record<string, string>, options: BrowserContextOptions = {}) {
  for (const [name, path] of Object.entries(pages)) {
    for (const width of [1280, 390]) {
      for (const colorScheme of ['light', 'dark'] as const) {
        const context = await browser.newContext({ ...options, viewport: { width, height: width > 600 ? 1500 : 1400 }, colorScheme, deviceScaleFactor: 1 });
        const page = await context.newPage();
        await page.goto(`${origin}${path}`, { waitUntil: 'networkidle' });
        const file = `${outDir}${name}-${width}-${colorScheme}.png`;
        await page.screenshot({ path: file });
        console.log(`  ${file.replace(outDir, 'docs/screenshots/')}`);
        await context.close();
      }
    }
  }
}

/** A small tree's manifests, as a member would drop them on the editor (a function declaration: the script's top-level code runs before any const below it is set). */
function importedFiles() {
  return [
  {
    name: 'package.json',
    mimeType: 'application/json',
    buffer: Buffer.from(
      `${JSON.stringify({ name: 'harbour-web', private: true, dependencies: { next: '15.3.0', react: '19.1.0', redis: '5.0.0' }, devDependencies: { typescript: '5.9.3', vitest: '4.0.0' } }, null, 2)}\n`,
    ),
  },
  { name: 'requirements.txt', mimeType: 'text/plain', buffer: Buffer.from('django[bcrypt]~=5.2\npsycopg[binary]==3.2.9\ngunicorn==23.0.0\n') },
  { name: 'compose.yaml', mimeType: 'application/yaml', buffer: Buffer.from('services:\n  db:\n    image: docker.io/library/postgres:16\n  cache:\n    image: redis:7-alpine\n') },
];
}

async function importFiles(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Share stack' }).or(page.getByRole('button', { name: 'Save changes' })).first().waitFor();
  await page.waitForFunction(() => !(document.querySelector('.stack-import input[type=file]') as HTMLInputElement | null)?.disabled);
  await page.getByLabel('Choose files').setInputFiles(importedFiles());
  await page.getByRole('region', { name: /^Found \d+ tools? in/ }).waitFor();
}

/** Shares a stack from the imported files (through the editor, as a member would); returns its path. */
async function shareImportedStack(browser: Browser, origin: string, storageState: BrowserContextOptions['storageState']): Promise<string> {
  const context = await browser.newContext({ storageState, viewport: { width: 1280, height: 1000 } });
  const page = await context.newPage();
  await page.goto(`${origin}/stacks/new`, { waitUntil: 'networkidle' });
  // The member's half-written draft stays for the share-a-stack screenshots; this stack starts empty.
  const discard = page.getByRole('button', { name: 'Discard draft' }).first();
  if (await discard.isVisible()) await discard.click();
  await importFiles(page);
  await page.getByRole('button', { name: /^Add \d+ tools?$/ }).click();
  await page.getByRole('button', { name: /^Remove Next\.js/ }).waitFor();
  await page.getByLabel('Name', { exact: true }).fill('Harbour web shop');
  await page.getByLabel('Note on Redis').fill('Sessions and the cart');
  await page.getByRole('button', { name: 'Share stack' }).click();
  await page.waitForURL((url) => /^\/stacks\/[^/]+\/[^/]+$/.test(url.pathname) && !url.pathname.endsWith('/new'));
  const path = new URL(page.url()).pathname;
  await context.close();
  return path;
}

/** The editor's import section with what the files showed, at each width and theme. */
async function shootImport(browser: Browser, origin: string, storageState: BrowserContextOptions['storageState']) {
  for (const width of [1280, 390]) {
    for (const colorScheme of ['light', 'dark'] as const) {
      const context = await browser.newContext({ storageState, viewport: { width, height: width > 600 ? 1500 : 1400 }, colorScheme, deviceScaleFactor: 1 });
      const page = await context.newPage();
      await page.goto(`${origin}/stacks/new`, { waitUntil: 'networkidle' });
      await importFiles(page);
      // The first tool's other places, opened, as someone checking where it was seen would.
      await page.locator('.stack-import .evidence-more summary').first().click();
      const file = `${outDir}import-from-files-${width}-${colorScheme}.png`;
      await page.locator('.stack-import').screenshot({ path: file });
      console.log(`  ${file.replace(outDir, 'docs/screenshots/')}`);
      await context.close();
    }
  }
}

/**
 * A member with something in their feed, a half-written stack (a draft, kept in the browser) and a report
 * waiting in the queue; returns their browser state (session cookie and draft) for the screenshots.
 */
async function becomeMember(browser: Browser, origin: string) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 1000 } });
  const page = await context.newPage();
  await page.goto(`${origin}/signup`, { waitUntil: 'networkidle' });
  await page.getByLabel('Username').fill(MEMBER.username);
  await page.getByLabel('Email').fill(MEMBER.email);
  await page.getByLabel('Password', { exact: true }).fill(MEMBER.password);
  await page.getByRole('button', { name: 'Create account' }).click();
  await page.waitForURL((url) => url.pathname !== '/signup');

  for (const [slug, name] of [['passenger', 'Passenger'], ['gunicorn', 'Gunicorn'], ['postgresql', 'PostgreSQL']] as const) {
    await page.goto(`${origin}/tools/${slug}`, { waitUntil: 'networkidle' });
    const followed = page.waitForResponse((response) => response.url().endsWith(`/tools/${slug}/follow`));
    await page.getByRole('button', { name: `Follow ${name}`, exact: true }).click();
    await followed;
  }

  await page.goto(`${origin}/tools/gunicorn`, { waitUntil: 'networkidle' });
  const reported = page.getByRole('list', { name: /^Pros/ }).getByRole('listitem').last();
  await reported.getByRole('button', { name: /^Report/ }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByRole('radio').first().check();
  await dialog.getByLabel('Note for the moderators (optional)').fill('Reads like an advertisement');
  await dialog.getByRole('button', { name: 'Send report' }).click();
  await dialog.getByRole('status').filter({ hasText: 'Thanks' }).waitFor();

  await page.goto(`${origin}/stacks/new`, { waitUntil: 'networkidle' });
  await page.getByLabel('Name', { exact: true }).fill('Harbour booking service');
  for (const [text, name] of [['passen', 'Passenger'], ['postgre', 'PostgreSQL'], ['redi', 'Redis'], ['ngin', 'NGINX']] as const) {
    await page.getByRole('combobox', { name: 'Add a tool' }).fill(text);
    await page.getByRole('option', { name: new RegExp(`^${name}\\b`, 'i') }).first().click();
    await page.getByRole('button', { name: new RegExp(`^Remove ${name}`, 'i') }).waitFor();
  }
  // The draft is saved a moment after the last change.
  await page.waitForTimeout(1000);
  const state = await context.storageState();
  await context.close();
  return state;
}
