import { randomBytes } from 'node:crypto';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, openPage, siteUrl, unexpectedProblems } from './support/browser.js';
import { setRole } from './support/operator.js';
import { expectAccessible } from './support/page-checks.js';
import { newPerson, signUpThroughPage } from './support/people.js';

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

const TOOL = '/tools/gunicorn';

/** Opens a path and waits for its lazy parts (the pro/con form, the Report buttons) to arrive and hydrate. */
async function goAndHydrate(page: Page, path: string): Promise<void> {
  await page.goto(siteUrl(path));
  await page.waitForLoadState('networkidle');
}

/** The list item of a pro or con on a tool page, found by its text. */
const reasonItem = (page: Page, text: string) => page.getByRole('listitem').filter({ hasText: text });

describe('reporting and moderating', () => {
  it('a member reports a pro; a moderator finds it in the queue and hides it, which the tool page and the public log show', async () => {
    // Someone writes the pro that will be reported, on the tool page as anyone does.
    const proText = `Ships a free course with every worker ${randomBytes(3).toString('hex')}`;
    const author = await openPage(browser, '/signup');
    await signUpThroughPage(author.page, newPerson('author'));
    await goAndHydrate(author.page, TOOL);
    const form = author.page.getByRole('form', { name: /Add a pro or con of/ });
    await form.getByLabel('In a few words').fill(proText);
    await form.getByRole('button', { name: 'Add' }).click();
    await form.getByRole('status').filter({ hasText: 'Added your pro' }).waitFor();

    // Signed out, Report leads to sign in and back to the tool page.
    const visitor = await openPage(browser, TOOL);
    const signInToReport = reasonItem(visitor.page, proText).getByRole('link', { name: /^Report/ });
    await expect(signInToReport.getAttribute('href')).resolves.toBe(`/login?next=${encodeURIComponent(TOOL)}`);

    // R reports it through the Report button and its form.
    const reporter = newPerson('reporter');
    const r = await openPage(browser, '/signup');
    await signUpThroughPage(r.page, reporter);
    await goAndHydrate(r.page, TOOL);
    await reasonItem(r.page, proText).getByRole('button', { name: `Report “${proText}”` }).click();
    const dialog = r.page.getByRole('dialog', { name: 'Report this pro or con' });
    await dialog.waitFor();
    await dialog.getByRole('button', { name: 'Send report' }).click();
    await dialog.getByText('Choose why you are reporting it.').waitFor();
    await expectAccessible(r.page);
    await dialog.getByRole('radio', { name: 'Spam or advertising' }).check();
    await dialog.getByLabel('Note for the moderators (optional)').fill('Advertises a paid course');
    await dialog.getByRole('button', { name: 'Send report' }).click();
    await dialog.getByRole('status').filter({ hasText: 'Thanks, a moderator will look at it.' }).waitFor();
    await dialog.getByRole('button', { name: 'Close' }).click();
    await dialog.waitFor({ state: 'hidden' });

    // R's account is brand new, so the report counts towards no automatic hiding: the pro is still there.
    await r.page.reload();
    await reasonItem(r.page, proText).waitFor();

    // M is made a moderator by an operator, then opens the queue from the header's menu.
    const moderator = newPerson('moderator');
    const m = await openPage(browser, '/signup');
    await signUpThroughPage(m.page, moderator);
    await setRole(moderator.username, 'moderator');
    await m.page.reload();
    await m.page.getByRole('button', { name: /: your account$/ }).click();
    await m.page.getByRole('link', { name: 'Moderation queue' }).click();
    await m.page.waitForURL((url) => url.pathname === '/moderation');
    await m.page.getByRole('heading', { level: 1, name: 'Moderation queue' }).waitFor();

    const entry = m.page.getByRole('article', { name: `Pro of Gunicorn: ${proText}` });
    await entry.waitFor();
    await expect(entry.getByRole('link', { name: `Pro of Gunicorn: ${proText}` }).getAttribute('href')).resolves.toBe(TOOL);
    const report = entry.getByRole('listitem').filter({ hasText: 'Spam or advertising' });
    await report.getByRole('link', { name: reporter.username }).waitFor();
    await report.getByText('Advertises a paid course').waitFor();
    await expectAccessible(m.page);

    await entry.getByLabel('Note for the log (optional)').fill('Advertising, not a pro');
    await entry.getByRole('button', { name: 'Hide' }).click();
    await m.page.getByRole('status').filter({ hasText: `Hidden: Pro of Gunicorn: ${proText}. 1 report closed` }).waitFor();
    await entry.waitFor({ state: 'detached' });
    await m.page.reload();
    await m.page.getByRole('heading', { level: 1, name: 'Moderation queue' }).waitFor();
    await expect(m.page.getByRole('article', { name: `Pro of Gunicorn: ${proText}` }).count()).resolves.toBe(0);

    // After a reload the pro is gone from the tool page for everyone but its author and the moderators.
    await r.page.reload();
    await r.page.getByRole('heading', { name: /Pros and cons of/ }).waitFor();
    await expect(r.page.getByText(proText).count()).resolves.toBe(0);

    // The public log says what was done, by whom, and why.
    await m.page.getByRole('link', { name: 'public moderation log' }).click();
    await m.page.waitForURL((url) => url.pathname === '/moderation/log');
    await m.page.reload();
    const logged = m.page.getByRole('article').filter({ hasText: 'Advertising, not a pro' });
    await logged.getByRole('link', { name: moderator.username }).waitFor();
    await expect(logged.innerText()).resolves.toMatch(/hid a pro or con/);

    for (const person of [author, visitor, r, m]) expect(person.problems).toEqual([]);
  });

  it('tells a member who opens /moderation that it is for moderators', async () => {
    const { page, problems } = await openPage(browser, '/signup');
    await signUpThroughPage(page, newPerson('member'));
    const response = await page.goto(siteUrl('/moderation'));
    expect(response?.status()).toBe(403);
    await page.getByRole('heading', { level: 1, name: 'The moderation queue is for moderators' }).waitFor();
    await page.getByRole('link', { name: 'read the moderation log' }).waitFor();
    await expectAccessible(page);
    expect(unexpectedProblems(problems, 403)).toEqual([]);
  });
});
