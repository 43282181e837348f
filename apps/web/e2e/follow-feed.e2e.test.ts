import type { Browser } from 'playwright-core';
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

describe('following a tool', () => {
  it('brings a stack someone else shares with it into the follower’s feed', async () => {
    // The follower, in one browser.
    const follower = await openPage(browser, '/signup');
    await signUpThroughPage(follower.page, newPerson('watcher'));
    await follower.page.goto(siteUrl('/tools/passenger'));
    const follow = follower.page.getByRole('button', { name: 'Follow Passenger' });
    const answered = follower.page.waitForResponse((response) => response.url().endsWith('/api/v1/tools/passenger/follow'));
    await follow.click();
    expect((await answered).status()).toBe(200);
    await follower.page.getByRole('button', { name: 'Following Passenger' }).waitFor();
    await follower.page.reload();
    await expect(follower.page.getByRole('button', { name: 'Following Passenger' }).getAttribute('aria-pressed')).resolves.toBe('true');

    // Someone else, in a browser of their own, shares a stack that uses Passenger.
    const sharer = await openPage(browser, '/signup');
    const person = newPerson('sharer');
    await signUpThroughPage(sharer.page, person);
    await sharer.page.goto(siteUrl('/stacks/new'));
    const stackName = `Rails on ${person.username.slice(-8)}`;
    await sharer.page.getByLabel('Name', { exact: true }).fill(stackName);
    const search = sharer.page.getByRole('combobox', { name: 'Add a tool' });
    await search.fill('passen');
    await sharer.page.getByRole('option', { name: /^Passenger\b/ }).first().click();
    await sharer.page.getByRole('button', { name: 'Remove Passenger' }).waitFor();
    await sharer.page.getByRole('button', { name: 'Share stack' }).click();
    await sharer.page.waitForURL((url) => url.pathname.startsWith(`/stacks/${person.username}/`));
    const stackPath = new URL(sharer.page.url()).pathname;

    // The follower's feed, after a reload, says so and links to the stack.
    await follower.page.goto(siteUrl('/feed'));
    await follower.page.reload();
    const item = follower.page.getByRole('article').filter({ hasText: stackName }).first();
    await expect(item.innerText()).resolves.toMatch(/shared the stack/);
    await expect(item.getByRole('link', { name: stackName }).getAttribute('href')).resolves.toBe(stackPath);
    await expectAccessible(follower.page);
    await item.getByRole('link', { name: stackName }).click();
    await follower.page.getByRole('heading', { level: 1, name: stackName }).waitFor();

    expect(follower.problems).toEqual([]);
    expect(sharer.problems).toEqual([]);
  });
});
