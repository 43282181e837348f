import { randomBytes } from 'node:crypto';
import type { Page } from 'playwright-core';
import { siteUrl } from './browser.js';

export interface Person {
  username: string;
  email: string;
  password: string;
}

/** Someone new for one test: a username and email nobody has, and a password the policy accepts. */
export function newPerson(prefix: string): Person {
  const tag = randomBytes(4).toString('hex');
  const username = `${prefix}-${tag}`.slice(0, 30);
  return { username, email: `${username}@example.org`, password: `Quiet lantern ${tag} orbits` };
}

/** Signs up on /signup as a person does: the labelled fields, the button, and the page it leads to. */
export async function signUpThroughPage(page: Page, person: Person, path = '/signup'): Promise<void> {
  await page.goto(siteUrl(path));
  await page.getByLabel('Username').fill(person.username);
  await page.getByLabel('Email').fill(person.email);
  await page.getByLabel('Password', { exact: true }).fill(person.password);
  await page.getByRole('button', { name: 'Create account' }).click();
  // Signed in once the form has led on to the page after it (the cookie is set by then).
  await page.waitForURL((url) => url.pathname !== '/signup');
  await page.getByRole('button', { name: /: your account$/ }).waitFor();
}

/** Signs in on /login (by username unless told the email) and waits for the header to show the account. */
export async function signInThroughPage(page: Page, login: string, password: string, path = '/login'): Promise<void> {
  if (path) await page.goto(siteUrl(path));
  await page.getByLabel('Username or email').fill(login);
  await page.getByLabel('Password', { exact: true }).fill(password);
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
  await page.waitForURL((url) => url.pathname !== '/login');
  await page.getByRole('button', { name: /: your account$/ }).waitFor();
}

/** Signs out from the header's account menu. */
export async function signOutThroughPage(page: Page): Promise<void> {
  await page.getByRole('button', { name: /: your account$/ }).click();
  await page.getByRole('button', { name: 'Sign out' }).click();
  await page.getByRole('link', { name: 'Sign in' }).waitFor();
}
