import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startApiServer, type RunningApiServer } from './support/api-server.js';

const apiMainPath = fileURLToPath(new URL('../../api/dist/main.js', import.meta.url));
const webDistPath = fileURLToPath(new URL('../dist', import.meta.url));

let server: RunningApiServer | undefined;
let browser: Browser | undefined;
let context: BrowserContext | undefined;
/** Uncaught errors in the page; any of them fails the test that caused it. */
let pageErrors: string[] = [];

beforeAll(async () => {
  server = await startApiServer({ mainPath: apiMainPath, webDir: webDistPath });
  browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
});

afterEach(async () => {
  await context?.close();
  context = undefined;
  expect(pageErrors).toEqual([]);
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

async function openCatalogue(path = '/'): Promise<Page> {
  if (!browser || !server) throw new Error('beforeAll did not start the server and browser');
  context = await browser.newContext();
  const page = await context.newPage();
  // Fail fast with a locator's name in the message rather than at the test timeout.
  page.setDefaultTimeout(20_000);
  pageErrors = [];
  page.on('pageerror', (error) => pageErrors.push(error.message));
  await page.goto(new URL(path, server.origin).href);
  return page;
}

function toolList(page: Page) {
  return page.getByRole('list', { name: 'Tools', exact: true });
}

/** Waits until the list shows the answer to the current filters, not the previous one kept on screen. */
async function waitForSettledList(page: Page) {
  await page.locator('ul[aria-label="Tools"]:not([aria-busy="true"])').waitFor();
}

describe('tool catalogue', () => {
  it('shows the heading and at least ten tool cards', async () => {
    const page = await openCatalogue();

    await page.getByRole('heading', { level: 1, name: 'Stackyard' }).waitFor();
    const cards = toolList(page).getByRole('listitem');
    await cards.nth(9).waitFor();

    expect(await cards.count()).toBeGreaterThanOrEqual(10);
  });

  it('searches as the user types', async () => {
    const page = await openCatalogue();
    await toolList(page).getByRole('listitem').first().waitFor();

    await page.getByRole('searchbox', { name: 'Search tools' }).pressSequentially('gun');
    await page.waitForURL(/[?&]q=gun(&|$)/);
    await waitForSettledList(page);

    await toolList(page).getByRole('link', { name: 'Gunicorn', exact: true }).waitFor();
  });

  it("draws every card's logo from the server's SVG, none falling back to a letter", async () => {
    const page = await openCatalogue();
    await toolList(page).getByRole('listitem').nth(9).waitFor();

    // A broken or refused SVG fires the image's error and the card shows an initial instead.
    const logos = toolList(page).locator('img.tool-logo');
    await page.waitForFunction(() =>
      [...document.querySelectorAll<HTMLImageElement>('ul[aria-label="Tools"] img.tool-logo')].every((img) => img.complete),
    );
    const drawn = await logos.evaluateAll((images: HTMLImageElement[]) =>
      images.map((img) => ({ src: new URL(img.src).pathname, width: img.naturalWidth })),
    );
    expect(drawn.length).toBeGreaterThanOrEqual(10);
    for (const { src, width } of drawn) {
      expect(src).toMatch(/^\/logos\/[a-z0-9-]+\.[0-9a-f]{8}\.svg$/);
      expect(width, src).toBeGreaterThan(0);
    }
    expect(await toolList(page).locator('.tool-logo--initial').count()).toBe(0);
  });

  it("opens Passenger's detail with its category path and integrations", async () => {
    const page = await openCatalogue();

    await page.getByRole('searchbox', { name: 'Search tools' }).fill('passenger');
    await page.waitForURL(/[?&]q=passenger(&|$)/);
    await waitForSettledList(page);
    await toolList(page).getByRole('link', { name: 'Passenger', exact: true }).click();

    await page.waitForURL(/[?&]tool=passenger(&|$)/);
    const detail = page.getByRole('region', { name: 'Passenger', exact: true });
    const breadcrumb = detail.getByRole('navigation', { name: 'Category path' });
    await breadcrumb.waitFor();
    expect(await breadcrumb.getByRole('listitem').allInnerTexts()).toEqual([
      'Application & Data',
      'Platform as a Service',
      'Web Servers',
    ]);
    const integrations = detail.getByRole('list', { name: 'Integrations' });
    await integrations.getByRole('link', { name: 'NGINX', exact: true }).waitFor();
  });

  it('opens a linked tool straight from the address', async () => {
    const page = await openCatalogue('/?tool=passenger');

    const detail = page.getByRole('region', { name: 'Passenger', exact: true });
    await detail.getByRole('navigation', { name: 'Category path' }).getByText('Web Servers').waitFor();
    expect(await page.title()).toContain('Passenger');
  });

  it('labels the search box and lets the keyboard reach it with Tab', async () => {
    const page = await openCatalogue();
    const search = page.getByRole('searchbox', { name: 'Search tools' });
    await search.waitFor();

    expect(await search.evaluate((input: HTMLInputElement) => [...(input.labels ?? [])].map((label) => label.textContent))).toEqual([
      'Search tools',
    ]);

    let reached = false;
    // The skip link comes first; the search box should follow within a few presses.
    for (let press = 0; press < 5 && !reached; press += 1) {
      await page.keyboard.press('Tab');
      reached = await search.evaluate((input) => input === document.activeElement);
    }
    expect(reached).toBe(true);
  });
});
