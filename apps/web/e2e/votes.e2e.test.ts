import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, openPage, siteUrl, unexpectedProblems } from './support/browser.js';
import { expectAccessible } from './support/page-checks.js';
import { newPerson, signInThroughPage, signOutThroughPage, signUpThroughPage } from './support/people.js';

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

/**
 * The vote control of a pro low in Passenger's list (the comparison's tests read the top ones' counts, and
 * run at the same time), found again by its id after a reload, however the votes reorder the list.
 */
async function lowPro(page: Page, fromEnd = 1): Promise<Locator> {
  const items = page.getByRole('list', { name: /^Pros/ }).getByRole('listitem');
  const count = await items.count();
  expect(count).toBeGreaterThan(4);
  const id = await items.nth(count - fromEnd).locator('.vote-button').getAttribute('id');
  return page.locator(`[id="${id}"]`);
}

/** Until the page's script runs, the member's vote buttons are disabled: a press would do nothing. */
async function whenReady(control: Locator): Promise<Locator> {
  await expect.poll(() => control.isEnabled()).toBe(true);
  return control;
}

async function countOf(control: Locator): Promise<number> {
  return Number(await control.locator('.vote-button__count').innerText());
}

describe('voting on a pro', () => {
  it('counts at once, keeps it after a reload, and takes it back', async () => {
    const { page, problems } = await openPage(browser, '/signup');
    await signUpThroughPage(page, newPerson('voter'));
    await page.goto(siteUrl('/tools/passenger'));
    const pro = await whenReady(await lowPro(page));
    const before = await countOf(pro);
    expect(await pro.getAttribute('aria-pressed')).toBe('false');

    // Hold the vote on its way, to see the count rise before the server has answered.
    let release: () => void = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route('**/api/v1/reasons/*/vote', async (route) => {
      await held;
      await route.continue();
    });
    await pro.click();
    await expect.poll(() => countOf(pro)).toBe(before + 1);
    expect(await pro.getAttribute('aria-pressed')).toBe('true');
    const answered = page.waitForResponse((response) => response.url().includes('/vote'));
    release();
    expect((await answered).status()).toBe(200);
    await page.unroute('**/api/v1/reasons/*/vote');

    await page.reload();
    await expect.poll(() => countOf(pro)).toBe(before + 1);
    expect(await pro.getAttribute('aria-pressed')).toBe('true');
    await expectAccessible(page);

    // Taking it back, by keyboard this time.
    await (await whenReady(pro)).focus();
    const takenBack = page.waitForResponse((response) => response.url().includes('/vote'));
    await page.keyboard.press('Enter');
    await expect.poll(() => countOf(pro)).toBe(before);
    expect((await takenBack).status()).toBe(200);
    await page.reload();
    await expect.poll(() => countOf(pro)).toBe(before);
    expect(await pro.getAttribute('aria-pressed')).toBe('false');
    expect(problems).toEqual([]);
  });

  it('rolls back with the server’s reason when a vote is refused, saying when to try again', async () => {
    const { page, problems } = await openPage(browser, '/signup');
    await signUpThroughPage(page, newPerson('refused'));
    await page.goto(siteUrl('/tools/passenger'));
    const pro = await whenReady(await lowPro(page));
    const before = await countOf(pro);
    await page.route('**/api/v1/reasons/*/vote', (route) =>
      route.fulfill({
        status: 429,
        headers: { 'content-type': 'application/json', 'retry-after': '30' },
        body: JSON.stringify({ error: { code: 'rate_limited', message: 'Too many votes from you in a short time' } }),
      }),
    );
    await pro.click();
    const alert = page.getByRole('alert');
    await expect(alert.innerText()).resolves.toMatch(/not counted.*Too many votes.*Try again in 30 seconds/s);
    expect(await countOf(pro)).toBe(before);
    expect(await pro.getAttribute('aria-pressed')).toBe('false');

    // A vote that never reaches the server is rolled back too.
    await page.unroute('**/api/v1/reasons/*/vote');
    await page.route('**/api/v1/reasons/*/vote', (route) => route.abort('internetdisconnected'));
    await pro.click();
    await expect(page.getByRole('alert').innerText()).resolves.toMatch(/connection/i);
    expect(await countOf(pro)).toBe(before);
    expect(unexpectedProblems(problems, 429).filter((problem) => !problem.includes('ERR_INTERNET_DISCONNECTED'))).toEqual([]);
  });

  it('offers the vote for a pro that is already listed instead of adding it twice', async () => {
    const { page, problems } = await openPage(browser, '/signup');
    await signUpThroughPage(page, newPerson('adder'));
    await page.goto(siteUrl('/tools/passenger'));
    const control = await lowPro(page, 2);
    const item = page.getByRole('listitem').filter({ has: control });
    const text = await item.locator('.tool-reason__text').innerText();
    const before = await countOf(control);

    await page.getByLabel('In a few words').fill(` ${text} `);
    await page.getByRole('button', { name: 'Add', exact: true }).click();
    const offer = page.getByRole('button', { name: `Vote for “${text}”`, exact: true });
    await offer.waitFor();
    await expect(page.getByRole('status').filter({ hasText: 'already listed' }).count()).resolves.toBe(1);
    await offer.click();
    await page.getByText(`Your vote is on “${text}”`).waitFor();

    await page.reload();
    expect(await control.getAttribute('aria-pressed')).toBe('true');
    expect(await countOf(control)).toBe(before + 1);
    expect(unexpectedProblems(problems, 409)).toEqual([]);
  });

  it('while signed out leads to sign in, and back to the very vote afterwards', async () => {
    const person = newPerson('returner');
    const { page, problems } = await openPage(browser, '/signup');
    await signUpThroughPage(page, person);
    await signOutThroughPage(page);

    await page.goto(siteUrl('/tools/passenger'));
    const link = await lowPro(page, 3);
    const anchor = await link.getAttribute('id');
    expect(anchor).toMatch(/^vote-reason-\d+$/);
    await link.click();
    await page.waitForURL((url) => url.pathname === '/login');
    expect(new URL(page.url()).searchParams.get('next')).toBe(`/tools/passenger#${anchor}`);

    await signInThroughPage(page, person.username, person.password, '');
    await page.waitForURL((url) => url.pathname === '/tools/passenger' && url.hash === `#${anchor}`);
    // Now a button the member can press, in view where the link was.
    const control = page.locator(`[id="${anchor}"]`);
    await expect(control.evaluate((element) => element.tagName)).resolves.toBe('BUTTON');
    await expect.poll(() => control.evaluate((element) => {
      const box = element.getBoundingClientRect();
      return box.top >= 0 && box.bottom <= window.innerHeight;
    })).toBe(true);
    expect(problems).toEqual([]);
  });
});
