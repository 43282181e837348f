import { createHash } from 'node:crypto';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { UserRow } from '@stackyard/db';
import { OPEN_DATA_FILES, type OpenDataManifest } from '@stackyard/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { jsonBody, signUpAccount, type TestAccount } from '../../testing/accounts.js';
import { buildDecision, buildReason, buildStack, buildUser } from '../../testing/factories.js';
import { conditionalGet } from '../../testing/raw-http.js';
import { startTestServer, type TestServer } from '../../testing/test-server.js';
import { writeOpenDataDump } from '../../services/open-data-service.js';

describe('the open-data dump', () => {
  let server: TestServer;
  let dumpDir: string;
  let member: UserRow;
  let suspended: UserRow;
  let account: TestAccount;
  let tokenSecret: string;
  const texts = { shownPro: '', hiddenPro: '', suspendedPro: '', suspendedStack: '', shownStack: '' };

  beforeAll(async () => {
    dumpDir = await mkdtemp(path.join(tmpdir(), 'stackyard-dumps-'));
    server = await startTestServer({ config: { dumpDir } });
    const db = server.database.db;
    const moderator = await buildUser(db, { role: 'moderator' });
    member = await buildUser(db);
    suspended = await buildUser(db);
    texts.shownStack = (await buildStack(db, member, { tools: [{ slug: 'nginx', note: 'In front' }, { slug: 'postgresql' }] })).name;
    texts.shownPro = (await buildReason(db, member, 'nginx')).text;
    const hidden = await buildReason(db, member, 'redis', { kind: 'con' });
    texts.hiddenPro = hidden.text;
    await buildDecision(db, member);
    texts.suspendedStack = (await buildStack(db, suspended)).name;
    texts.suspendedPro = (await buildReason(db, suspended, 'nginx')).text;
    const cookie = await server.cookieFor(moderator);
    for (const body of [
      { action: 'hide', subjectType: 'reason', subjectId: hidden.id, note: 'Spam' },
      { action: 'suspend', subjectType: 'user', subjectId: suspended.id, note: 'Spam' },
    ]) {
      const answer = await server.request('/api/v1/moderation/actions', jsonBody('POST', body, { cookie }));
      expect(answer.status, JSON.stringify(answer.body)).toBe(200);
    }
    // A member signed in through the API, with an API token: neither secret may reach the dump.
    account = await signUpAccount(server);
    const token = await server.request('/api/v1/me/tokens', jsonBody('POST', { name: 'laptop' }, { cookie: account.cookie }));
    expect(token.status).toBe(201);
    tokenSecret = token.body.secret;
  });
  afterAll(async () => {
    await server.stop();
    await rm(dumpDir, { recursive: true, force: true });
  });

  const download = async (name: string) => {
    const response = await fetch(`${server.url}/api/v1/dumps/latest/${name}`);
    return { response, text: await response.text() };
  };

  it('answers 404 in the documented shape before any dump was taken', async () => {
    const answer = await server.request('/api/v1/dumps/latest');
    expect(answer.status).toBe(404);
    expect(answer.body.error.code).toBe('not_found');
    expect((await server.request('/api/v1/dumps/latest/tools.jsonl')).status).toBe(404);
  });

  it('writes every file with the rows, size and hash its manifest states, served as written', async () => {
    await writeOpenDataDump(server.database.db, dumpDir, new Date());
    const manifest = (await server.request('/api/v1/dumps/latest')).body as OpenDataManifest;
    expect(manifest.license.id).toBe('CC-BY-4.0');
    expect(manifest.files.map((file) => file.name)).toEqual([...OPEN_DATA_FILES]);
    for (const file of manifest.files) {
      const { response, text } = await download(file.name);
      expect(response.status, file.name).toBe(200);
      expect(createHash('sha256').update(text).digest('hex'), file.name).toBe(file.sha256);
      expect(Buffer.byteLength(text), file.name).toBe(file.bytes);
      if (file.rows !== null) {
        expect(response.headers.get('content-type')).toMatch(/^application\/x-ndjson/);
        const lines = text.split('\n').filter(Boolean);
        expect(lines.length, file.name).toBe(file.rows);
        for (const line of lines) JSON.parse(line);
      }
      // Asked again with its ETag: nothing is sent.
      const again = await conditionalGet(`${server.url}${file.path}`, response.headers.get('etag')!);
      expect(again, file.name).toEqual({ status: 304, body: '' });
    }
    const db = server.database.db;
    const rowsOf = (name: string) => manifest.files.find((file) => file.name === name)!.rows;
    const tools = await db.selectFrom('tools').select((eb) => eb.fn.countAll<string>().as('n')).executeTakeFirstOrThrow();
    expect(rowsOf('tools.jsonl')).toBe(Number(tools.n));
    const reasons = await db.selectFrom('reasons').where('visible', '=', true).select((eb) => eb.fn.countAll<string>().as('n')).executeTakeFirstOrThrow();
    expect(rowsOf('reasons.jsonl')).toBe(Number(reasons.n));
    expect((await download('LICENSE')).text).toContain('Creative Commons Attribution 4.0');
    expect((await download('README.md')).text).toContain('## tools.jsonl');
  });

  it('holds what a visitor sees, and nothing private, hidden or of a suspended member', async () => {
    const files = Object.fromEntries(await Promise.all(OPEN_DATA_FILES.map(async (name) => [name, (await download(name)).text] as const)));
    const everything = Object.values(files).join('\n').toLowerCase();

    const db = server.database.db;
    const users = await db.selectFrom('users').select(['email', 'password_hash']).execute();
    const sessions = await db.selectFrom('sessions').select('id').execute();
    const apiTokens = await db.selectFrom('api_tokens').select('token_hash').execute();
    expect(users.length).toBeGreaterThan(10);
    for (const { email } of users) expect(everything.includes(email.toLowerCase()), email).toBe(false);
    for (const { password_hash } of users) if (password_hash) expect(everything.includes(password_hash.toLowerCase())).toBe(false);
    for (const { id } of sessions) expect(everything.includes(id.toLowerCase())).toBe(false);
    for (const { token_hash } of apiTokens) expect(everything.includes(token_hash.toLowerCase())).toBe(false);
    const sessionToken = account.cookie.split('=')[1]!;
    expect(everything.includes(sessionToken.toLowerCase())).toBe(false);
    expect(everything.includes(tokenSecret.toLowerCase())).toBe(false);
    expect(everything).not.toMatch(/"(email|password|passwordhash|token|session)"/);

    const lines = (name: string) => files[name]!.split('\n').filter(Boolean).map((line) => JSON.parse(line) as Record<string, unknown>);
    const people = lines('people.jsonl').map((person) => person.username);
    expect(people).toContain(member.username);
    expect(people).toContain(account.username);
    expect(people).not.toContain(suspended.username);
    const stacks = lines('stacks.jsonl');
    const shown = stacks.find((stack) => stack.name === texts.shownStack);
    expect(shown).toMatchObject({ owner: member.username, tools: [{ slug: 'nginx', note: 'In front', source: 'manual' }, { slug: 'postgresql', note: null, source: 'manual' }] });
    expect(stacks.some((stack) => stack.name === texts.suspendedStack)).toBe(false);
    // Every stack's owner is a person of the dump, so the files join up.
    for (const stack of stacks) expect(people).toContain(stack.owner);
    const reasons = lines('reasons.jsonl').map((reason) => reason.text);
    expect(reasons).toContain(texts.shownPro);
    expect(reasons).not.toContain(texts.hiddenPro);
    expect(reasons).not.toContain(texts.suspendedPro);
    const nginx = lines('tools.jsonl').find((tool) => tool.slug === 'nginx');
    expect(nginx).toMatchObject({ functionSlug: expect.any(String), integrations: expect.any(Array), stacksCount: expect.any(Number) });
    expect(lines('decisions.jsonl').some((decision) => decision.author === member.username)).toBe(true);
  });

  it('refuses a file it does not have with a 400, whatever the path tries', async () => {
    for (const name of ['passwords.jsonl', '..%2F..%2Fetc%2Fpasswd', 'manifest.json']) {
      const answer = await server.request(`/api/v1/dumps/latest/${name}`);
      expect(answer.status, name).toBe(400);
      expect(answer.body.error.code).toBe('validation_failed');
    }
  });

  it('keeps the newest three dumps and never shows one half written', async () => {
    for (let i = 1; i <= 3; i += 1) await writeOpenDataDump(server.database.db, dumpDir, new Date(Date.now() + i * 60_000));
    const folders = (await readdir(dumpDir)).sort();
    expect(folders).toHaveLength(3);
    expect(folders.some((folder) => folder.endsWith('.partial'))).toBe(false);
    const manifest = (await server.request('/api/v1/dumps/latest')).body as OpenDataManifest;
    expect(manifest.createdAt.replace(/[:.]/g, '-')).toBe(folders.at(-1));
  });
});
