import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, openPage, siteUrl } from './support/browser.js';

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

describe('every page', () => {
  it('is rendered on the server and hydrates from its data without fetching it again', async () => {
    const apiCalls: string[] = [];
    const { page, problems } = await openPage(browser, '/');
    page.on('request', (request) => {
      if (new URL(request.url()).pathname.startsWith('/api/')) apiCalls.push(request.url());
    });
    await page.waitForLoadState('networkidle');

    await page.getByRole('heading', { level: 1 }).waitFor();
    expect(apiCalls).toEqual([]);
    expect(problems).toEqual([]);
  });

  it('runs only inline scripts that carry the response’s CSP nonce', async () => {
    const response = await fetch(siteUrl('/'));
    const policy = response.headers.get('content-security-policy') ?? '';
    const nonce = /script-src [^;]*'nonce-([^']+)'/.exec(policy)?.[1];
    // A fresh base64 nonce of 16 random bytes (csp-nonce.ts).
    expect(nonce).toMatch(/^[A-Za-z0-9+/]{22}==$/);
    expect(policy).not.toMatch(/script-src[^;]*'unsafe-inline'/);

    const html = await response.text();
    const inlineScripts = [...html.matchAll(/<script(?![^>]*\bsrc=)(?![^>]*application\/ld\+json)([^>]*)>/g)];
    expect(inlineScripts.length).toBeGreaterThan(0);
    for (const [, attributes] of inlineScripts) expect(attributes).toContain(`nonce="${nonce}"`);

    const again = await fetch(siteUrl('/'));
    expect(again.headers.get('content-security-policy')).not.toContain(nonce);
  });

  it('lets shared caches keep a page seen by nobody in particular, and never one seen signed in', async () => {
    const anonymous = await fetch(siteUrl('/'));
    expect(anonymous.headers.get('cache-control')).toMatch(/s-maxage=\d+/);
    expect(anonymous.headers.get('cache-control')).toMatch(/stale-while-revalidate=\d+/);
    expect(anonymous.headers.get('vary')).toMatch(/cookie/i);

    // The production server's cookie name (Secure, __Host- prefixed).
    const withSession = await fetch(siteUrl('/'), { headers: { cookie: '__Host-stackyard_session=not-a-real-session' } });
    expect(withSession.headers.get('cache-control')).toMatch(/private/);
  });

  it('links the open data from the footer: the dump the server took at start, under CC BY 4.0', async () => {
    const { page, problems } = await openPage(browser, '/');
    const link = page.getByRole('contentinfo').getByRole('link', { name: 'Open data' });
    const target = new URL((await link.getAttribute('href'))!, page.url()).href;
    // Taken in the background once the server is up: bounded, it lands within seconds on the demo data.
    await expect.poll(async () => (await fetch(target)).status, { timeout: 20_000 }).toBe(200);
    const manifest = (await (await fetch(target)).json()) as { license: { id: string }; files: { name: string; rows: number | null; path: string }[] };
    expect(manifest.license.id).toBe('CC-BY-4.0');
    const tools = manifest.files.find((file) => file.name === 'tools.jsonl')!;
    expect(tools.rows).toBeGreaterThan(100);
    const lines = (await (await fetch(siteUrl(tools.path))).text()).trim().split('\n');
    expect(lines).toHaveLength(tools.rows!);
    expect(problems).toEqual([]);
  });

  it('answers an unknown address with the site’s 404 page and status 404', async () => {
    const response = await fetch(siteUrl('/no/such/page'));
    expect(response.status).toBe(404);
    const html = await response.text();
    expect(html).toContain('This page does not exist');
    expect(html).toContain('<header');

    const { page, problems } = await openPage(browser, '/no/such/page');
    await page.getByRole('heading', { level: 1, name: 'This page does not exist' }).waitFor();
    expect(problems.filter((problem) => !problem.includes('404'))).toEqual([]);
  });
});
