import { fileURLToPath } from 'node:url';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApiServer, type RunningApiServer } from './support/api-server.js';
import { launchBrowser } from './support/browser.js';
import { startFakeGithubOAuth, type FakeGithubOAuth } from './support/fake-github.js';
import { expectAccessible } from './support/page-checks.js';
import { createTestDatabase, type TestDatabase } from './support/test-database.js';

let browser: Browser;
let github: FakeGithubOAuth;
let database: TestDatabase | null;
let server: RunningApiServer;

// A server of its own, with GitHub sign-in configured against a local stand-in for GitHub.
beforeAll(async () => {
  github = await startFakeGithubOAuth({ id: 4242, login: 'octo-lovelace', name: 'Octo Lovelace', email: 'octo@example.org' });
  database = await createTestDatabase();
  server = await startApiServer({
    mainPath: fileURLToPath(new URL('../../api/dist/main.js', import.meta.url)),
    webDir: fileURLToPath(new URL('../dist', import.meta.url)),
    databaseUrl: database?.url,
    env: { GITHUB_CLIENT_ID: github.clientId, GITHUB_CLIENT_SECRET: github.clientSecret, GITHUB_OAUTH_URL: github.url, GITHUB_API_URL: github.url },
  });
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
  await database?.drop();
  await github?.close();
});

describe('signing in with GitHub, where the server offers it', () => {
  it('goes to GitHub and back, signed in as the GitHub account', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const problems: string[] = [];
    page.on('console', (message) => message.type() === 'error' && problems.push(message.text()));
    await page.goto(`${server.origin}/login`);
    await expectAccessible(page);
    await page.getByRole('link', { name: 'Continue with GitHub' }).click();
    await page.getByRole('heading', { name: 'Authorize Stackyard' }).waitFor();
    await page.getByRole('link', { name: 'Authorize' }).click();

    await page.waitForURL(`${server.origin}/`);
    await page.reload();
    const account = page.getByRole('button', { name: /: your account$/ });
    await expect(account.innerText()).resolves.toContain('Octo Lovelace');
    await account.click();
    await expect(page.getByText('Signed in as').innerText()).resolves.toContain('@octo-lovelace');
    expect(problems).toEqual([]);
    await context.close();
  });
});
