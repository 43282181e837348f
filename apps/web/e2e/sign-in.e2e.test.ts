import type { Browser } from 'playwright-core';
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

describe('signing up, out and in', () => {
  it('signs up, signs out, signs in again with the email; a wrong password is refused on the form', async () => {
    const person = newPerson('ada');
    const { page, problems } = await openPage(browser, '/signup');
    await expectAccessible(page);
    await signUpThroughPage(page, person);

    // Signed in, and still after a reload: the header knows the account on the server's first paint.
    await page.reload();
    await expect(page.getByRole('button', { name: /: your account$/ }).innerText()).resolves.toContain(person.username);

    await signOutThroughPage(page);
    await page.reload();
    await page.getByRole('link', { name: 'Sign in' }).waitFor();

    await page.goto(siteUrl('/login'));
    await expectAccessible(page);
    // This server has no GitHub app configured, so it offers no GitHub sign-in (github-sign-in.e2e.test.ts has one).
    expect(await page.getByRole('link', { name: 'Continue with GitHub' }).count()).toBe(0);
    await page.getByLabel('Username or email').fill(person.email);
    await page.getByLabel('Password', { exact: true }).fill('not the password at all');
    await page.getByRole('button', { name: 'Sign in', exact: true }).click();
    const alert = page.getByRole('alert');
    await expect(alert.innerText()).resolves.toMatch(/Could not sign you in/);
    // The message is tied to the fields, so a screen reader hears it with them.
    const describedBy = await page.getByLabel('Password', { exact: true }).getAttribute('aria-describedby');
    expect(describedBy).toBe(await alert.getAttribute('id'));

    await signInThroughPage(page, person.email, person.password, '');
    await page.reload();
    await expect(page.getByRole('button', { name: /: your account$/ }).innerText()).resolves.toContain(person.username);
    expect(unexpectedProblems(problems, 401)).toEqual([]);
  });

  it('signs out on the home page at once, asking nothing more of the account that has gone', async () => {
    const person = newPerson('ida');
    const { page, problems } = await openPage(browser, '/signup');
    await signUpThroughPage(page, person);
    await page.getByRole('heading', { level: 1, name: `Welcome back, ${person.username}` }).waitFor();
    // Every read of the account's own feed from the moment the session is ended.
    const afterSignOut: string[] = [];
    let signingOut = false;
    page.on('request', (request) => {
      if (request.url().includes('/api/v1/auth/logout')) signingOut = true;
      else if (signingOut && /\/api\/v1\/(feed\?|me\b)/.test(request.url())) afterSignOut.push(request.url());
    });
    await signOutThroughPage(page);
    await page.getByRole('heading', { level: 1, name: /^Share the stack you run/ }).waitFor();
    expect(afterSignOut).toEqual([]);
    expect(problems).toEqual([]);
  });

  it('shows the server’s reasons next to their fields: a taken username, a password it refuses', async () => {
    const first = newPerson('grace');
    const { page, problems } = await openPage(browser, '/signup');
    await signUpThroughPage(page, first);
    await signOutThroughPage(page);

    await page.goto(siteUrl('/signup'));
    await page.getByLabel('Username').fill(first.username);
    await page.getByLabel('Email').fill(`other-${first.email}`);
    await page.getByLabel('Password', { exact: true }).fill('password123');
    await page.getByRole('button', { name: 'Create account' }).click();
    // One problem at a time from the server: first whichever it checks first, then the other once fixed.
    const username = page.getByLabel('Username');
    const password = page.getByLabel('Password', { exact: true });
    await page.locator('[aria-invalid="true"]').first().waitFor();
    const invalid = await page.locator('[aria-invalid="true"]').evaluateAll((inputs) => inputs.map((input) => (input as HTMLInputElement).name));
    expect(invalid.length).toBeGreaterThan(0);
    if (invalid.includes('password')) {
      await expect(descriptionOf(page, password)).resolves.toMatch(/common passwords/);
      await password.fill(first.password);
      await page.getByRole('button', { name: 'Create account' }).click();
    }
    await page.locator('input[name="username"][aria-invalid="true"]').waitFor();
    await expect(descriptionOf(page, username)).resolves.toMatch(/already taken/);
    await expectAccessible(page);
    expect(unexpectedProblems(problems, 400, 409)).toEqual([]);
  });

  it('sends a signed-out visitor of a private page to sign in, and back there afterwards', async () => {
    const person = newPerson('alan');
    const { page, problems } = await openPage(browser, '/signup');
    await signUpThroughPage(page, person);
    await signOutThroughPage(page);

    await page.goto(siteUrl('/settings'));
    await page.waitForURL((url) => url.pathname === '/login' && url.searchParams.get('next') === '/settings');
    await signInThroughPage(page, person.username, person.password, '');
    await page.waitForURL((url) => url.pathname === '/settings');
    expect(problems).toEqual([]);
  });

  it('never leaves the site after signing in, whatever ?next= says', async () => {
    const person = newPerson('mallory');
    const { page } = await openPage(browser, '/signup?next=%2F%2Fevil.example%2Fphish');
    await signUpThroughPage(page, person, '/signup?next=%2F%2Fevil.example%2Fphish');
    expect(new URL(page.url()).origin).toBe(new URL(siteUrl('/')).origin);
    expect(new URL(page.url()).pathname).toBe('/');
  });
});

async function descriptionOf(page: import('playwright-core').Page, field: import('playwright-core').Locator): Promise<string> {
  const ids = (await field.getAttribute('aria-describedby')) ?? '';
  const texts = await Promise.all(ids.split(/\s+/).filter(Boolean).map((id) => page.locator(`[id="${id}"]`).innerText()));
  return texts.join(' ');
}
