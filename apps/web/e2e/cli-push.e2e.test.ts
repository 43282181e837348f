import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser, openPage, siteUrl, unexpectedProblems } from './support/browser.js';
import { expectAccessible } from './support/page-checks.js';
import { newPerson, signUpThroughPage } from './support/people.js';

const cliPath = fileURLToPath(new URL('../../cli/bin/stackyard.mjs', import.meta.url));

let browser: Browser;
let temp: string;

beforeAll(async () => {
  browser = await launchBrowser();
  temp = mkdtempSync(join(tmpdir(), 'stackyard-cli-'));
});

afterAll(async () => {
  await browser?.close();
  if (temp) rmSync(temp, { recursive: true, force: true });
});

interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs the CLI as a person would, in its own process, with a config folder of the test's own. */
function cli(args: string[], options: { cwd: string; configDir: string }): Promise<CliRun> {
  return new Promise((resolve, reject) => {
    const { STACKYARD_TOKEN: _token, STACKYARD_SERVER: _server, ...env } = process.env;
    const child = spawn(process.execPath, [cliPath, ...args], {
      cwd: options.cwd,
      env: { ...env, STACKYARD_CONFIG_DIR: options.configDir, NO_COLOR: '1' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

const PACKAGE_JSON = (dependencies: Record<string, string>) =>
  `${JSON.stringify({ name: 'cli-shop', private: true, dependencies }, null, 2)}\n`;

/** A small project: Next.js (and so React) and Express in package.json, Django in the API's requirements. */
function writeFixture(root: string): void {
  mkdirSync(join(root, 'api'), { recursive: true });
  writeFileSync(join(root, 'package.json'), PACKAGE_JSON({ express: '5.1.0', next: '15.3.0', react: '19.1.0' }));
  writeFileSync(join(root, 'api', 'requirements.txt'), 'django==5.2\n');
}

/** Makes an API token on /settings through the page and reads it from the screen it is shown on once. */
async function makeToken(page: Page, name: string): Promise<string> {
  await page.goto(siteUrl('/settings'));
  await page.getByRole('heading', { level: 1, name: 'Settings' }).waitFor();
  await expect.poll(() => page.getByRole('button', { name: 'Create token' }).isEnabled()).toBe(true);
  await page.getByLabel('Token name').fill(name);
  await page.getByRole('button', { name: 'Create token' }).click();
  const value = page.getByLabel('Token value');
  await value.waitFor();
  return value.inputValue();
}

/** The slugs of a stack's tools, as the public API lists them, with how each came in. */
async function stackTools(owner: string, slug: string): Promise<Map<string, string>> {
  const response = await fetch(siteUrl(`/api/v1/stacks/${owner}/${slug}`));
  expect(response.status).toBe(200);
  const { stack } = (await response.json()) as { stack: { groups: { categories: { tools: { slug: string; source: string }[] }[] }[] } };
  return new Map(stack.groups.flatMap((layer) => layer.categories.flatMap((category) => category.tools.map((tool) => [tool.slug, tool.source] as const))));
}

describe('the stackyard CLI against the site', () => {
  it('logs in with a token made on the site, pushes a stack, keeps a tool added by hand when a dependency goes, and prints a badge', async () => {
    const person = newPerson('cli');
    const { page, problems } = await openPage(browser, '/signup');
    await signUpThroughPage(page, person);
    const token = await makeToken(page, 'ci runner');
    expect(token).toMatch(/^sy_/);

    const project = join(temp, 'cli-shop');
    const configDir = join(temp, 'config');
    writeFixture(project);
    const run = (args: string[]) => cli(args, { cwd: project, configDir });
    const origin = inject('siteOrigin');

    const login = await run(['login', '--server', origin, '--token', token]);
    expect(login.code, login.stderr).toBe(0);
    const whoami = await run(['whoami']);
    expect(whoami.code, whoami.stderr).toBe(0);
    expect(whoami.stdout).toContain(person.username);

    // The first push creates the stack with what detection found.
    const first = await run(['push', project, '--stack', 'CLI Shop']);
    expect(first.code, first.stderr).toBe(0);
    const slug = 'cli-shop';
    const created = await stackTools(person.username, slug);
    // (The rules may find more than these four, e.g. the package managers the files name.)
    expect([...created.keys()]).toEqual(expect.arrayContaining(['django', 'expressjs', 'nextjs', 'react']));
    expect([...created.values()].every((source) => source === 'detected')).toBe(true);

    // Redis is added by hand on the site's edit page.
    await page.goto(siteUrl(`/stacks/${person.username}/${slug}/edit`));
    await expect.poll(() => page.getByRole('button', { name: 'Save changes' }).isEnabled()).toBe(true);
    await page.getByRole('combobox', { name: 'Add a tool' }).fill('redi');
    await page.getByRole('option', { name: /^Redis\b/ }).first().click();
    await page.getByRole('button', { name: 'Remove Redis' }).waitFor();
    await page.getByRole('button', { name: 'Save changes' }).click();
    await page.waitForURL((url) => url.pathname === `/stacks/${person.username}/${slug}`);
    expect((await stackTools(person.username, slug)).get('redis')).toBe('manual');

    // Express leaves package.json: the second push removes it, and only it.
    writeFileSync(join(project, 'package.json'), PACKAGE_JSON({ next: '15.3.0', react: '19.1.0' }));
    const second = await run(['push', project, '--stack', 'CLI Shop']);
    expect(second.code, second.stderr).toBe(0);
    expect(second.stdout).toContain('- expressjs');
    const after = await stackTools(person.username, slug);
    expect([...after.keys()].sort()).toEqual([...[...created.keys()].filter((tool) => tool !== 'expressjs'), 'redis'].sort());
    expect(after.get('redis')).toBe('manual');

    // The stack page shows where a detected tool was seen, and says nothing extra of the manual one.
    await page.goto(siteUrl(`/stacks/${person.username}/${slug}`));
    await page.getByRole('heading', { level: 1, name: 'CLI Shop' }).waitFor();
    const row = (name: string) => page.locator('.stack-tool').filter({ has: page.getByRole('link', { name, exact: true }) });
    const nextLine = readFileSync(join(project, 'package.json'), 'utf8').split('\n').findIndex((line) => line.includes('"next"')) + 1;
    await expect(row('Next.js').innerText()).resolves.toMatch(new RegExp(`Detected in package\\.json:${nextLine} · confirmed`));
    await expect(row('Django').innerText()).resolves.toMatch(/Detected in api\/requirements\.txt:1/);
    await expect(row('Redis').innerText()).resolves.not.toMatch(/Detected/);
    await expectAccessible(page);

    // The badge: Markdown linking to the stack, its image an SVG the server serves.
    const badge = await run(['badge', '--stack', 'CLI Shop']);
    expect(badge.code, badge.stderr).toBe(0);
    const match = /^\[!\[[^\]]*\]\((?<svg>[^)]+)\)\]\((?<page>[^)]+)\)$/.exec(badge.stdout.trim());
    expect(match?.groups?.page).toBe(siteUrl(`/stacks/${person.username}/${slug}`));
    const svg = await fetch(match!.groups!.svg!);
    expect(svg.status).toBe(200);
    expect(svg.headers.get('content-type')).toMatch(/^image\/svg\+xml/);
    await expect(svg.text()).resolves.toContain('<svg');

    // Once the token is revoked on the site, the CLI says so with its own exit code.
    await page.goto(siteUrl('/settings'));
    await page.getByRole('button', { name: 'Revoke ci runner' }).click();
    await page.getByRole('button', { name: 'Revoke token' }).click();
    await page.getByText('You have no API tokens').waitFor();
    const revoked = await run(['whoami']);
    expect(revoked.code).toBe(5);
    expect(revoked.stderr).toMatch(/token/i);

    expect(unexpectedProblems(problems)).toEqual([]);
  });
});
