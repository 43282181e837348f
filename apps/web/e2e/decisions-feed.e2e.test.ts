import { randomBytes } from 'node:crypto';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, openPage, siteUrl } from './support/browser.js';
import { expectAccessible, expectNoHorizontalScroll } from './support/page-checks.js';
import { newPerson, signUpThroughPage } from './support/people.js';

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

/** Chooses a tool in the decision form's autocomplete: types part of its name, picks it from the list. */
async function chooseTool(page: Page, typed: string, name: string, how: 'click' | 'keys') {
  const search = page.getByRole('combobox', { name: 'Add a tool' });
  await search.fill(typed);
  const option = page.getByRole('option', { name: new RegExp(`^${name}\\b`) });
  await option.waitFor();
  if (how === 'click') {
    await option.click();
  } else {
    await search.press('ArrowDown');
    await search.press('Enter');
  }
  await page.getByRole('list', { name: 'Chosen tools' }).getByText(name, { exact: true }).waitFor();
}

/** Resolves when the server has answered the page's request to follow a tool. */
function followAnswered(page: Page, slug: string) {
  return page.waitForResponse((response) => response.request().method() === 'PUT' && new URL(response.url()).pathname === `/api/v1/tools/${slug}/follow` && response.ok());
}

/** The items of the feed list on the page. */
function feedItems(page: Page) {
  return page.getByRole('list', { name: 'What happened, newest first' }).getByRole('listitem').filter({ has: page.getByRole('article') });
}

describe('decisions and the feed', () => {
  it('a decision written about a tool reaches the feed of someone who follows it, Markdown link and all', async () => {
    // A follows Gunicorn on its page.
    const follower = newPerson('ada');
    const a = await openPage(browser, '/signup');
    await signUpThroughPage(a.page, follower);
    await a.page.goto(siteUrl('/tools/gunicorn'));
    await expect(a.page.getByRole('link', { name: 'Write a decision about Gunicorn' }).getAttribute('href')).resolves.toBe('/decisions/new?tools=gunicorn');
    // The button says so at once; the server's answer is what counts, so wait for it before leaving.
    await Promise.all([followAnswered(a.page, 'gunicorn'), a.page.getByRole('button', { name: 'Follow Gunicorn', exact: true }).click()]);
    await a.page.reload();
    await a.page.getByRole('button', { name: 'Following Gunicorn', exact: true, pressed: true }).waitFor();

    // B, in a browser of their own, writes a decision about Gunicorn and Passenger.
    const writer = newPerson('grace');
    const b = await openPage(browser, '/signup');
    await signUpThroughPage(b.page, writer);
    await b.page.getByRole('button', { name: /: your account$/ }).click();
    await b.page.getByRole('banner').getByRole('link', { name: 'Write a decision' }).click();
    await b.page.waitForURL((url) => url.pathname === '/decisions/new');
    await b.page.getByRole('heading', { name: 'Write a decision', level: 1 }).waitFor();
    await expectAccessible(b.page);

    const tag = randomBytes(3).toString('hex');
    const body = `Benchmarks ${tag}: we moved from Passenger to Gunicorn after [the benchmark](https://example.org/bench) showed steadier latency.`;
    await b.page.getByLabel('Your decision').fill(body);
    await chooseTool(b.page, 'gunic', 'Gunicorn', 'click');
    await chooseTool(b.page, 'passeng', 'Passenger', 'keys');

    // The preview is the server's rendering: the link is a real link.
    await b.page.getByRole('tab', { name: 'Preview' }).click();
    const preview = b.page.getByRole('tabpanel', { name: 'Preview' });
    await expect(preview.getByRole('link', { name: 'the benchmark' }).getAttribute('href')).resolves.toBe('https://example.org/bench');
    await expectAccessible(b.page);
    // Back to the text with the keyboard: the tabs follow the arrow keys.
    await b.page.getByRole('tab', { name: 'Preview' }).press('ArrowLeft');
    await expect(b.page.getByRole('tab', { name: 'Write' }).getAttribute('aria-selected')).resolves.toBe('true');
    await expect(b.page.getByLabel('Your decision').inputValue()).resolves.toBe(body);

    await b.page.getByRole('button', { name: 'Post decision' }).click();
    await b.page.waitForURL((url) => /^\/decisions\/\d+$/.test(url.pathname));
    const decisionPath = new URL(b.page.url()).pathname;
    await b.page.reload();
    await expect(b.page.getByRole('link', { name: 'the benchmark' }).getAttribute('href')).resolves.toBe('https://example.org/bench');
    expect(b.problems).toEqual([]);

    // A's feed, after a reload, has the decision, linking to it.
    await a.page.goto(siteUrl('/feed'));
    await a.page.reload();
    const link = a.page.getByRole('link', { name: new RegExp(`Benchmarks ${tag}`) });
    await expect(link.getAttribute('href')).resolves.toBe(decisionPath);
    const item = feedItems(a.page).filter({ has: link });
    await expect(item.innerText()).resolves.toMatch(/wrote a decision about/);
    await expectAccessible(a.page);
    await link.click();
    await a.page.waitForURL((url) => url.pathname === decisionPath);
    expect(a.problems).toEqual([]);
  });

  it('an empty feed suggests what to follow; following one fills it in place, and "Load more" reads on', async () => {
    const person = newPerson('alan');
    const { page, problems } = await openPage(browser, '/signup', { viewport: { width: 1280, height: 800 } });
    await signUpThroughPage(page, person);
    await page.goto(siteUrl('/feed'));
    await page.getByRole('heading', { name: 'Your feed is empty' }).waitFor();
    const tools = page.getByRole('list', { name: 'Popular tools' });
    await tools.getByRole('listitem').first().waitFor();
    await page.getByRole('list', { name: 'People to follow' }).getByRole('listitem').first().waitFor();
    await expectAccessible(page);

    // Following the most popular tool (a busy one) fills the feed without a reload.
    await page.evaluate(() => Object.assign(window, { sameDocument: true }));
    await tools.getByRole('button', { name: /^Follow / }).first().click();
    await feedItems(page).first().waitFor();
    await expect(page.evaluate(() => 'sameDocument' in window)).resolves.toBe(true);
    await expect(feedItems(page).count()).resolves.toBe(20);
    await expectAccessible(page);

    // "Load more" brings older items, in order after the first page.
    const firstPageLast = await feedItems(page).nth(19).innerText();
    await page.getByRole('button', { name: 'Load more' }).click();
    await expect.poll(() => feedItems(page).count()).toBeGreaterThan(20);
    await expect(feedItems(page).nth(19).innerText()).resolves.toBe(firstPageLast);

    // Kept after a reload: the feed is the server's, not the page's.
    await page.reload();
    await feedItems(page).first().waitFor();
    await expect(feedItems(page).count()).resolves.toBeGreaterThanOrEqual(20);
    await expectNoHorizontalScroll(page);
    expect(problems).toEqual([]);
  });

  it('reading to the end of the feed loads the next page by itself', async () => {
    const person = newPerson('kay');
    const { page, problems } = await openPage(browser, '/signup');
    await signUpThroughPage(page, person);
    await page.goto(siteUrl('/tools/nginx'));
    await Promise.all([followAnswered(page, 'nginx'), page.getByRole('button', { name: 'Follow NGINX', exact: true }).click()]);
    await page.goto(siteUrl('/feed'));
    await feedItems(page).first().waitFor();
    await expect(feedItems(page).count()).resolves.toBe(20);
    await page.getByRole('status').filter({ hasText: 'items shown' }).scrollIntoViewIfNeeded();
    await expect.poll(() => feedItems(page).count()).toBeGreaterThan(20);
    expect(problems).toEqual([]);
  });
});
