import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type BrowserContextOptions, type Page } from 'playwright-core';
import { inject, onTestFailed } from 'vitest';

const screenshotDir = fileURLToPath(new URL('../../test-results/', import.meta.url));

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
}

export interface OpenedPage {
  page: Page;
  /** Console errors and warnings, uncaught errors and failed requests seen so far (hydration warnings among them). */
  problems: string[];
}

/**
 * Opens a path of the test server in a new browser context, collecting every console error or warning and
 * uncaught error; if the test fails, a full-page screenshot is saved under apps/web/test-results/.
 */
export async function openPage(browser: Browser, path: string, options: BrowserContextOptions = {}): Promise<OpenedPage> {
  const context = await browser.newContext(options);
  const page = await context.newPage();
  page.setDefaultTimeout(15_000);
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() !== 'error' && message.type() !== 'warning') return;
    // Chromium's line for a failed load does not name the address: it is in the message's location.
    const { url } = message.location();
    problems.push(`${message.type()}: ${message.text()}${url && !message.text().includes(url) ? ` (${url})` : ''}`);
  });
  page.on('pageerror', (error) => problems.push(`uncaught: ${error.message}`));
  onTestFailed(async ({ task }) => {
    mkdirSync(screenshotDir, { recursive: true });
    const name = task.name.replace(/[^a-z0-9]+/gi, '-').toLowerCase();
    await page.screenshot({ path: `${screenshotDir}${name}.png`, fullPage: true }).catch(() => undefined);
    await context.close();
  });
  await page.goto(siteUrl(path));
  return { page, problems };
}

export function siteUrl(path: string): string {
  return new URL(path, inject('siteOrigin')).href;
}

/**
 * The problems of a page, less Chromium's own console line for answers the test provoked on purpose (a
 * refused password is a 401, a taken name a 409): the browser logs every 4xx fetch, whatever the page does.
 */
export function unexpectedProblems(problems: string[], ...provoked: number[]): string[] {
  return problems.filter((problem) => !provoked.some((status) => problem.includes(`Failed to load resource: the server responded with a status of ${status} `)));
}
