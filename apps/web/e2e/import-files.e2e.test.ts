import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, openPage, unexpectedProblems } from './support/browser.js';
import { expectAccessible, expectNoHorizontalScroll } from './support/page-checks.js';
import { newPerson, signUpThroughPage } from './support/people.js';

let browser: Browser;
let tree: string;

/** A small repository: a Next.js front end, a Django API, PostgreSQL in compose; and what is never read. */
export function writeShopTree(root: string): void {
  mkdirSync(join(root, 'api'), { recursive: true });
  mkdirSync(join(root, 'node_modules', 'left-pad'), { recursive: true });
  writeFileSync(
    join(root, 'package.json'),
    ['{', '  "name": "shop",', '  "private": true,', '  "dependencies": {', '    "next": "15.3.0",', '    "react": "19.1.0"', '  }', '}', ''].join('\n'),
  );
  writeFileSync(join(root, 'api', 'requirements.txt'), 'django==5.2\n');
  writeFileSync(join(root, 'compose.yaml'), ['services:', '  db:', '    image: postgres:16', ''].join('\n'));
  // Dependencies and binaries never leave the browser.
  writeFileSync(join(root, 'node_modules', 'left-pad', 'package.json'), '{"name": "left-pad", "dependencies": {"express": "4"}}\n');
  writeFileSync(join(root, 'logo.png'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00]));
}

beforeAll(async () => {
  browser = await launchBrowser();
  tree = mkdtempSync(join(tmpdir(), 'stackyard-import-'));
  writeShopTree(join(tree, 'shop'));
});

afterAll(async () => {
  await browser?.close();
  if (tree) rmSync(tree, { recursive: true, force: true });
});

async function editorReady(page: Page): Promise<void> {
  await expect.poll(() => page.getByRole('button', { name: 'Share stack' }).isEnabled()).toBe(true);
}

/** The row of one found tool in the import's results. */
const foundRow = (page: Page, name: string) => page.getByRole('region', { name: /^Found \d+ tools?/ }).getByRole('listitem').filter({ has: page.getByLabel(name, { exact: true }) });

describe('importing a stack from files', () => {
  it('drops a folder on the share-a-stack page, keeps all but one tool found, and the stack page shows where each was seen', async () => {
    const person = newPerson('importer');
    const { page, problems } = await openPage(browser, '/signup');
    await signUpThroughPage(page, person);
    await page.goto(new URL('/stacks/new', page.url()).href);
    await page.getByRole('heading', { level: 2, name: 'Import from files' }).waitFor();
    await editorReady(page);

    // The whole folder, as "Choose a folder" picks it: node_modules and the PNG are left out before sending.
    const sent = page.waitForRequest((request) => request.url().endsWith('/api/v1/detect'));
    await page.getByLabel('Choose a folder').setInputFiles(join(tree, 'shop'));
    const body = (await sent).postDataJSON() as { files: { path: string }[] };
    expect(body.files.map((file) => file.path).sort()).toEqual(['api/requirements.txt', 'compose.yaml', 'package.json']);

    const result = page.getByRole('region', { name: /^Found \d+ tools? in 3 files$/ });
    await result.waitFor();
    for (const name of ['Next.js', 'React', 'Django', 'PostgreSQL']) {
      await expect(page.getByLabel(name, { exact: true }).isChecked()).resolves.toBe(true);
    }
    await expect(foundRow(page, 'Next.js').innerText()).resolves.toMatch(/package\.json:5\s+"next": "15\.3\.0"/);
    await expect(foundRow(page, 'Django').innerText()).resolves.toMatch(/api\/requirements\.txt:1\s+django==5\.2/);
    await expect(foundRow(page, 'PostgreSQL').innerText()).resolves.toMatch(/compose\.yaml:3\s+image: postgres:16/);
    await expect(result.getByText(/Skipped 2 files/).count()).resolves.toBe(1);
    await expectAccessible(page);
    await expectNoHorizontalScroll(page);

    // Django stays out; the others are added by keyboard, each row saying where it was found.
    await page.getByLabel('Django', { exact: true }).uncheck();
    const add = page.getByRole('button', { name: /^Add \d+ tools$/ });
    const count = Number((await add.innerText()).replace(/\D/g, ''));
    expect(count).toBeGreaterThanOrEqual(3);
    await add.focus();
    await page.keyboard.press('Enter');
    await page.getByRole('button', { name: 'Remove Next.js' }).waitFor();
    await page.getByRole('button', { name: 'Remove PostgreSQL' }).waitFor();
    await expect(page.getByRole('button', { name: 'Remove Django' }).count()).resolves.toBe(0);
    const nextRow = page.getByRole('listitem').filter({ has: page.getByRole('button', { name: 'Remove Next.js' }) });
    await expect(nextRow.innerText()).resolves.toContain('detected in package.json:5');
    await expectAccessible(page);

    const stackName = `Shop ${person.username.slice(-8)}`;
    await page.getByLabel('Name', { exact: true }).fill(stackName);
    await page.getByRole('button', { name: 'Share stack' }).click();
    await page.waitForURL((url) => url.pathname.startsWith(`/stacks/${person.username}/`) && !url.pathname.endsWith('/new'));

    // After a reload (the server's own render) the detected tools say where they were seen and when.
    await page.reload();
    await page.getByRole('heading', { level: 1, name: stackName }).waitFor();
    const toolRow = (name: string) => page.locator('.stack-tool').filter({ has: page.getByRole('link', { name, exact: true }) });
    await expect(toolRow('Next.js').innerText()).resolves.toMatch(/Detected in package\.json:5 · confirmed \w+/);
    await expect(toolRow('PostgreSQL').innerText()).resolves.toMatch(/Detected in compose\.yaml:3 · confirmed/);
    await expect(toolRow('PostgreSQL').locator('time').getAttribute('datetime')).resolves.toMatch(/^\d{4}-\d{2}-\d{2}T/);
    await expect(page.getByRole('link', { name: 'Django', exact: true }).count()).resolves.toBe(0);
    await expectAccessible(page);

    // Next.js's page counts the stacks detection added it to, this one among them.
    await toolRow('Next.js').getByRole('link', { name: 'Next.js', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Next.js' }).waitFor();
    const numbers = page.getByRole('region', { name: 'Next.js in numbers' });
    const detectedIn = numbers.locator('div').filter({ has: page.getByRole('term').filter({ hasText: /^Detected in stacks$/ }) }).getByRole('definition');
    await expect(detectedIn.getAttribute('title').then((title) => Number(title?.replace(/\D/g, '')))).resolves.toBeGreaterThanOrEqual(1);

    expect(unexpectedProblems(problems)).toEqual([]);
  });

  it('says what went wrong when a pasted file is refused, and reads a pasted manifest', async () => {
    const person = newPerson('paster');
    const { page, problems } = await openPage(browser, '/signup', { viewport: { width: 390, height: 900 } });
    await signUpThroughPage(page, person);
    await page.goto(new URL('/stacks/new', page.url()).href);
    await editorReady(page);

    await page.getByText('Paste a manifest instead').click();
    await page.getByLabel('File name').fill('requirements.txt');
    await page.getByLabel('What it holds').fill('django==5.2\n');
    // The server refuses the detection once (as past its limits): the page says so plainly.
    await page.route('**/api/v1/detect', (route) =>
      route.fulfill({ status: 413, contentType: 'application/json', body: JSON.stringify({ error: { code: 'payload_too_large', message: 'Too large' } }) }),
    );
    await page.getByRole('button', { name: 'Find tools in it' }).click();
    await page.getByRole('alert').filter({ hasText: 'Too much to read at once' }).waitFor();
    await page.unroute('**/api/v1/detect');

    await page.getByRole('button', { name: 'Find tools in it' }).click();
    await page.getByRole('region', { name: /^Found \d+ tools? in 1 file$/ }).waitFor();
    await expect(page.getByLabel('Django', { exact: true }).isChecked()).resolves.toBe(true);
    await expect(page.getByRole('alert').count()).resolves.toBe(0);
    await expectNoHorizontalScroll(page);
    await page.getByRole('button', { name: /^Add \d+ tools?$/ }).click();
    await page.getByRole('button', { name: 'Remove Django' }).waitFor();

    expect(unexpectedProblems(problems, 413)).toEqual([]);
  });
});
