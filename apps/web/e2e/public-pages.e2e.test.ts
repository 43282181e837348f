import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, openPage, siteUrl } from './support/browser.js';
import { expectAccessible, expectNoHorizontalScroll } from './support/page-checks.js';

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

/** A stack of the demo community that uses both Gunicorn and Passenger, and its owner. */
async function sharedStack(): Promise<{ path: string; owner: string }> {
  const response = await fetch(siteUrl('/api/v1/compare?tools=gunicorn,passenger'));
  const { comparison } = (await response.json()) as { comparison: { sharedStacks: { items: { owner: { username: string }; slug: string }[] } } };
  const stack = comparison.sharedStacks.items[0];
  if (!stack) throw new Error('The demo community has no stack using Gunicorn and Passenger');
  return { path: `/stacks/${stack.owner.username}/${stack.slug}`, owner: stack.owner.username };
}

describe('the comparison page', () => {
  it('shows both tools’ pros with their vote counts, as the reference page does', async () => {
    const { page, problems } = await openPage(browser, '/compare/gunicorn-vs-passenger');
    await page.getByRole('heading', { level: 1, name: /Gunicorn.*Passenger/ }).waitFor();
    const body = await page.locator('main').innerText();
    for (const pro of ['Python', 'Easy setup', 'Nginx integration', 'Great for rails']) expect(body).toContain(pro);
    // The count sits with its pro: the vote control names both.
    await page.getByRole('link', { name: /^34 votes: sign in to vote for “Python”/ }).first().waitFor();
    await page.getByRole('link', { name: /^43 votes: sign in to vote for “Nginx integration”/ }).first().waitFor();
    await expectAccessible(page);
    await expectNoHorizontalScroll(page);
    expect(problems).toEqual([]);
  });

  it('adds a third tool with the picker, without a full reload', async () => {
    const { page, problems } = await openPage(browser, '/compare/gunicorn-vs-passenger');
    await page.waitForLoadState('networkidle');
    await page.evaluate(() => Object.assign(window, { sameDocument: true }));
    await page.getByRole('button', { name: /Add a third tool/ }).click();
    const picker = page.getByRole('combobox', { name: /Add a third tool/ });
    await picker.fill('uwsgi');
    await page.getByRole('option', { name: /uWSGI/ }).first().waitFor();
    await picker.press('ArrowDown');
    await picker.press('Enter');
    await page.waitForURL(/\/compare\/[a-z-]*uwsgi/);
    await page.getByRole('heading', { level: 1, name: /uWSGI/ }).waitFor();
    expect(await page.evaluate(() => (window as unknown as { sameDocument?: boolean }).sameDocument)).toBe(true);
    expect(problems).toEqual([]);
  });

  it('moves another order of the same tools to the canonical address for good', async () => {
    const response = await fetch(siteUrl('/compare/passenger-vs-gunicorn'), { redirect: 'manual' });
    expect(response.status).toBe(301);
    expect(new URL(response.headers.get('location') ?? '', siteUrl('/')).pathname).toBe('/compare/gunicorn-vs-passenger');
  });

  it('arrives as HTML with the pros, their counts, Open Graph, a canonical link and JSON-LD (what curl sees)', async () => {
    const html = await (await fetch(siteUrl('/compare/gunicorn-vs-passenger'))).text();
    expect(html).toMatch(/<meta property="og:title" content="Gunicorn vs Passenger[^"]*"/);
    expect(html).toMatch(/<link rel="canonical" href="[^"]*\/compare\/gunicorn-vs-passenger"/);
    expect(html).toContain('application/ld+json');
    const text = html.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');
    expect(text).toMatch(/\b34 votes: sign in to vote for “ ?Python ?”/);
    expect(text).toMatch(/\b43 votes: sign in to vote for “ ?Nginx integration ?”/);
  });
});

describe('the other public pages', () => {
  it('opens a tool with its category path, numbers and pros', async () => {
    const { page, problems } = await openPage(browser, '/tools/nginx');
    await page.getByRole('heading', { level: 1, name: 'NGINX' }).waitFor();
    await page.getByRole('navigation', { name: /breadcrumb|category path/i }).first().waitFor();
    expect(await page.locator('main').innerText()).toMatch(/stacks/i);
    await expectAccessible(page);
    await expectNoHorizontalScroll(page);
    expect(problems).toEqual([]);
  });

  it('opens a stack and its owner’s profile', async () => {
    const { path, owner } = await sharedStack();
    const { page, problems } = await openPage(browser, path);
    await page.getByRole('heading', { level: 1 }).waitFor();
    expect(await page.locator('main').innerText()).toContain('Gunicorn');
    await expectAccessible(page);

    // By its address: a display name need not spell the username (the demo's are drawn at random).
    await page.locator(`main a[href="/users/${owner}"]`).first().click();
    await page.waitForURL(new RegExp(`/users/${owner}$`));
    await page.getByRole('heading', { level: 1 }).waitFor();
    await expectAccessible(page);
    expect(problems).toEqual([]);
  });

  it('opens the categories and a function’s ranked tools', async () => {
    const { page, problems } = await openPage(browser, '/categories');
    await page.getByRole('heading', { level: 1, name: 'Categories' }).waitFor();
    await expectAccessible(page);
    await page.goto(siteUrl('/functions/web-servers'));
    await page.getByRole('heading', { level: 1 }).waitFor();
    expect(await page.locator('main').innerText()).toContain('NGINX');
    await expectAccessible(page);
    expect(problems).toEqual([]);
  });

  it('searches "ngi" from the header and reaches NGINX with the keyboard alone', async () => {
    const { page, problems } = await openPage(browser, '/');
    await page.waitForLoadState('networkidle');
    await page.keyboard.press('/');
    const search = page.getByRole('combobox', { name: 'Search tools, stacks and people' });
    expect(await search.evaluate((input) => input === document.activeElement)).toBe(true);
    await page.keyboard.type('ngi');
    await page.getByRole('option', { name: /NGINX/ }).first().waitFor();
    let active = '';
    for (let press = 0; press < 8 && !/NGINX/.test(active); press++) {
      await page.keyboard.press('ArrowDown');
      active = await search.evaluate((input) => document.getElementById(input.getAttribute('aria-activedescendant') ?? '')?.textContent ?? '');
    }
    expect(active).toMatch(/NGINX/);
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/tools\/nginx$/);
    await page.getByRole('heading', { level: 1, name: 'NGINX' }).waitFor();
    expect(problems).toEqual([]);
  });

  it('fits a 390 px phone and a dark theme on home, catalogue, search and the moderation log', async () => {
    for (const path of ['/', '/tools', '/search?q=post', '/moderation/log']) {
      const { page, problems } = await openPage(browser, path, { viewport: { width: 390, height: 844 }, colorScheme: 'dark' });
      await page.getByRole('heading', { level: 1 }).first().waitFor();
      await expectNoHorizontalScroll(page);
      await expectAccessible(page);
      expect(problems).toEqual([]);
      await page.context().close();
    }
  });

  it('lists the catalogue with every card’s logo drawn from the server’s SVGs, and loads more on request', async () => {
    const { page, problems } = await openPage(browser, '/tools');
    const cards = page.getByRole('list', { name: 'Tools', exact: true }).getByRole('listitem');
    await cards.nth(9).waitFor();
    await page.waitForLoadState('networkidle');
    const logos = await page.locator('ul[aria-label="Tools"] img.tool-logo').evaluateAll((images: HTMLImageElement[]) =>
      images.map((image) => ({ src: image.getAttribute('src') ?? '', drawn: image.complete && image.naturalWidth > 0 })),
    );
    expect(logos.length).toBeGreaterThanOrEqual(10);
    for (const logo of logos) {
      expect(logo.src).toMatch(/^\/logos\/[a-z0-9-]+\.[0-9a-f]{8}\.svg$/);
      expect(logo.drawn).toBe(true);
    }
    const before = await cards.count();
    await page.getByRole('button', { name: /load more|show more/i }).click();
    await expect.poll(() => cards.count()).toBeGreaterThan(before);
    await expectAccessible(page);
    expect(problems).toEqual([]);
  });

  it('answers an unknown tool with the 404 page', async () => {
    const response = await fetch(siteUrl('/tools/no-such-tool'));
    expect(response.status).toBe(404);
    expect(await response.text()).toContain('This page does not exist');
  });

  it('serves robots.txt and a sitemap of absolute URLs', async () => {
    const robots = await (await fetch(siteUrl('/robots.txt'))).text();
    expect(robots).toMatch(/Sitemap: http:\/\/[^/]+\/sitemap\.xml/);
    const sitemap = await (await fetch(siteUrl('/sitemap.xml'))).text();
    expect(sitemap).toContain('/tools/nginx</loc>');
    expect(sitemap).toContain('/compare/gunicorn-vs-passenger</loc>');
  });
});
