import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, openPage, siteUrl, unexpectedProblems } from './support/browser.js';
import { expectAccessible, expectNoHorizontalScroll } from './support/page-checks.js';
import { newPerson, signInThroughPage, signUpThroughPage } from './support/people.js';

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

const accountButton = (page: Page) => page.getByRole('button', { name: /: your account$/ });

describe('settings', () => {
  it('shows a new API token once, revokes it, and signs another browser out', async () => {
    const person = newPerson('linus');
    // Clipboard access granted, so Copy really copies (without it the page selects the text instead).
    const first = await openPage(browser, '/signup', { permissions: ['clipboard-read', 'clipboard-write'] });
    const page = first.page;
    await signUpThroughPage(page, person);
    // The same person in a second browser, signed in through the sign-in form.
    const second = await openPage(browser, '/login');
    await signInThroughPage(second.page, person.username, person.password, '');

    await page.goto(siteUrl('/settings'));
    await page.getByRole('heading', { level: 1, name: 'Settings' }).waitFor();
    await expect(page.getByText('You have no API tokens').isVisible()).resolves.toBe(true);
    await expectAccessible(page);

    // A token, shown once with a warning; Copy puts it on the clipboard.
    await page.getByLabel('Token name').fill('work laptop');
    await page.getByLabel('Expires after').selectOption({ label: '30 days' });
    await page.getByRole('button', { name: 'Create token' }).click();
    const value = page.getByLabel('Token value');
    await value.waitFor();
    const secret = await value.inputValue();
    expect(secret).toMatch(/^sy_\S{20,}$/);
    await expect(page.getByText('it will not be shown again').isVisible()).resolves.toBe(true);
    await page.getByRole('button', { name: 'Copy', exact: true }).click();
    await page.getByRole('status').filter({ hasText: 'Copied' }).waitFor();
    await expect(page.evaluate(() => navigator.clipboard.readText())).resolves.toBe(secret);
    // A second token of the same name is refused next to the name, and the first one's secret stays on screen.
    await page.getByLabel('Token name').fill('work laptop');
    await page.getByRole('button', { name: 'Create token' }).click();
    await page.locator('input[name="name"][aria-invalid="true"]').waitFor();
    await expect(descriptionOf(page, page.getByLabel('Token name'))).resolves.toMatch(/already have a token named/);
    await expect(value.inputValue()).resolves.toBe(secret);
    const tokens = page.getByRole('list', { name: 'API tokens' });
    await expect(tokens.innerText()).resolves.toMatch(/work laptop[\s\S]*expires/);
    await expectAccessible(page);

    // After a reload the secret is gone for good; the token is listed by its name only.
    await page.reload();
    await tokens.waitFor();
    await expect(tokens.innerText()).resolves.toContain('work laptop');
    await expect(page.getByLabel('Token value').count()).resolves.toBe(0);
    await expect(page.content()).resolves.not.toContain(secret);

    // Revoking asks first, then the token leaves the list, and is still gone after a reload.
    await page.getByRole('button', { name: 'Revoke work laptop' }).click();
    await page.getByRole('button', { name: 'Revoke token' }).click();
    await page.getByText('You have no API tokens').waitFor();
    await page.reload();
    await page.getByText('You have no API tokens').waitFor();
    await expect(tokens.count()).resolves.toBe(0);

    // Two sessions: this browser, marked so, and the other one, which is signed out from here.
    const sessions = page.getByRole('list', { name: 'Sessions' });
    await expect(sessions.getByRole('listitem').count()).resolves.toBe(2);
    await expect(sessions.getByRole('listitem').filter({ hasText: 'This browser' }).count()).resolves.toBe(1);
    await expect(sessions.innerText()).resolves.toMatch(/Chrome on Linux/);
    await page.getByRole('button', { name: /^Sign out .*, signed in / }).click();
    await page.getByText('You are signed in only in this browser').waitFor();
    await page.reload();
    await expect(sessions.getByRole('listitem').count()).resolves.toBe(1);
    await expect(accountButton(page).innerText()).resolves.toContain(person.username);

    // The other browser finds itself signed out.
    await second.page.reload();
    await second.page.getByRole('link', { name: 'Sign in' }).waitFor();
    await expect(accountButton(second.page).count()).resolves.toBe(0);

    expect(unexpectedProblems(first.problems, 409)).toEqual([]);
    expect(second.problems).toEqual([]);
  });

  it('changes the display name everywhere it shows; a wrong current password and a refused new one are told next to their fields', async () => {
    const person = newPerson('hedy');
    const { page, problems } = await openPage(browser, '/signup');
    await signUpThroughPage(page, person);
    await page.goto(siteUrl('/settings'));

    const name = `Hedy Lamarr ${person.username.slice(-4)}`;
    await page.getByLabel('Display name').fill(name);
    await page.getByRole('button', { name: 'Save profile' }).click();
    await page.getByRole('status').filter({ hasText: 'Saved' }).waitFor();
    // The header takes the new name from the cache at once, and the server renders it after a reload.
    await expect(accountButton(page).innerText()).resolves.toContain(name);
    await page.reload();
    await expect(accountButton(page).innerText()).resolves.toContain(name);
    await expect(page.getByLabel('Display name').inputValue()).resolves.toBe(name);
    await page.goto(siteUrl(`/users/${person.username}`));
    await expect(page.getByRole('heading', { level: 1 }).innerText()).resolves.toBe(name);

    // A wrong current password: the reason is next to that field, tied to it for screen readers.
    await page.goto(siteUrl('/settings'));
    const current = page.getByLabel('Current password', { exact: true });
    await current.fill('not my password at all');
    await page.getByLabel('New password', { exact: true }).fill('Brisk harbour 5521 tides');
    await page.getByLabel('Repeat the new password', { exact: true }).fill('Brisk harbour 5521 tides');
    await page.getByRole('button', { name: 'Change password' }).click();
    await page.locator('input[name="currentPassword"][aria-invalid="true"]').waitFor();
    await expect(descriptionOf(page, current)).resolves.toMatch(/not your current password/);
    await expectAccessible(page);

    // The right one, with a new password the policy refuses: its reason is next to the new password.
    await current.fill(person.password);
    const fresh = page.getByLabel('New password', { exact: true });
    await fresh.fill('password123');
    await page.getByLabel('Repeat the new password', { exact: true }).fill('password123');
    await page.getByRole('button', { name: 'Change password' }).click();
    await page.locator('input[name="newPassword"][aria-invalid="true"]').waitFor();
    await expect(descriptionOf(page, fresh)).resolves.toMatch(/common passwords/);
    await expect(current.getAttribute('aria-invalid')).resolves.toBeNull();

    // An acceptable one changes it, and the answer says what else ended.
    await fresh.fill('Brisk harbour 5521 tides');
    await page.getByLabel('Repeat the new password', { exact: true }).fill('Brisk harbour 5521 tides');
    await page.getByRole('button', { name: 'Change password' }).click();
    await page.getByRole('status').filter({ hasText: 'Password changed' }).waitFor();
    await expect(page.getByRole('status').filter({ hasText: 'Password changed' }).innerText()).resolves.toMatch(/No other session.*no API tokens/);

    for (const width of [390, 1280]) {
      await page.setViewportSize({ width, height: 900 });
      await expectNoHorizontalScroll(page);
    }
    expect(unexpectedProblems(problems, 400, 403)).toEqual([]);
  });

  it('deletes the account after asking for its password, and goes home signed out', async () => {
    const person = newPerson('ken');
    const { page, problems } = await openPage(browser, '/signup');
    await signUpThroughPage(page, person);
    await page.goto(siteUrl('/settings#delete'));

    // Without the confirmation nothing is sent.
    await page.getByLabel('Your password', { exact: true }).fill(person.password);
    await page.getByRole('button', { name: 'Delete my account' }).click();
    await page.locator('input[name="confirm"][aria-invalid="true"]').waitFor();

    await page.getByLabel(/I understand that my account/).check();
    await page.getByRole('button', { name: 'Delete my account' }).click();
    await page.waitForURL((url) => url.pathname === '/');
    await page.getByRole('link', { name: 'Sign in' }).waitFor();
    await page.reload();
    await page.getByRole('link', { name: 'Sign in' }).waitFor();

    // The account is gone: its password signs nobody in.
    await page.goto(siteUrl('/login'));
    await page.getByLabel('Username or email').fill(person.username);
    await page.getByLabel('Password', { exact: true }).fill(person.password);
    await page.getByRole('button', { name: 'Sign in', exact: true }).click();
    await page.getByRole('alert').filter({ hasText: 'Could not sign you in' }).waitFor();
    expect(unexpectedProblems(problems, 401)).toEqual([]);
  });
});

async function descriptionOf(page: Page, field: Locator): Promise<string> {
  const ids = (await field.getAttribute('aria-describedby')) ?? '';
  const texts = await Promise.all(ids.split(/\s+/).filter(Boolean).map((id) => page.locator(`[id="${id}"]`).innerText()));
  return texts.join(' ');
}
