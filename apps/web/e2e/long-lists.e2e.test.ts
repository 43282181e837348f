import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, openPage, siteUrl } from './support/browser.js';
import { expectAccessible } from './support/page-checks.js';
import { newPerson, signUpThroughPage } from './support/people.js';

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

/** Adds pros to a tool as the signed-in person, through the API from the page (its cookie, its origin). */
async function addPros(page: Page, slug: string, texts: string[]): Promise<void> {
  const statuses = await page.evaluate(
    async ({ slug, texts }) => {
      const answers: number[] = [];
      for (const text of texts) {
        const response = await fetch(`/api/v1/tools/${slug}/reasons`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ kind: 'pro', text }),
        });
        answers.push(response.status);
      }
      return answers;
    },
    { slug, texts },
  );
  expect(statuses.every((status) => status === 201)).toBe(true);
}

/**
 * A tool page carries the first ten pros; the rest come a page at a time from the tool's reasons list when
 * the reader asks, after the ones shown, and the button goes once all are in.
 */
describe("a tool's long list of pros", () => {
  it('shows the first ten and loads the rest on request, on the tool page and in a comparison', async () => {
    const { page, problems } = await openPage(browser, '/signup');
    const person = newPerson('pros');
    await signUpThroughPage(page, person);
    await page.goto(siteUrl('/tools/lighttpd'));
    await addPros(page, 'lighttpd', Array.from({ length: 14 }, (_, index) => `Long list point ${index + 1} from ${person.username}`));

    const total = (await (await fetch(siteUrl('/api/v1/tools/lighttpd'))).json()).tool.rest.pros.total as number;
    expect(total).toBeGreaterThanOrEqual(14);
    await page.goto(siteUrl('/tools/lighttpd'));
    const pros = page.getByRole('list', { name: /^Pros/ }).getByRole('listitem');
    await expect.poll(() => pros.count()).toBe(10);
    const more = page.getByRole('button', { name: `Load ${total - 10} more pros` });
    await expect.poll(() => more.isEnabled()).toBe(true);
    await more.click();
    await expect.poll(() => pros.count()).toBe(total);
    await expect.poll(() => more.count()).toBe(0);
    const texts = await pros.locator('.tool-reason__text').allInnerTexts();
    expect(new Set(texts).size).toBe(total);
    await expectAccessible(page);

    await page.goto(siteUrl('/compare/lighttpd-vs-nginx'));
    const compared = page.getByRole('list', { name: /pros of Lighttpd/i }).getByRole('listitem');
    await expect.poll(() => compared.count()).toBe(10);
    const moreCompared = page.getByRole('button', { name: new RegExp(`^Load ${total - 10} more pros of Lighttpd`, 'i') });
    await expect.poll(() => moreCompared.isEnabled()).toBe(true);
    await moreCompared.click();
    await expect.poll(() => compared.count()).toBe(total);
    await expectAccessible(page);
    expect(problems).toEqual([]);
  });
});
