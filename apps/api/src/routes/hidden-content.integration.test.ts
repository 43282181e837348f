/* eslint-disable @typescript-eslint/no-explicit-any -- response bodies are whatever the server sent */
import { findCounterDrift, type UserRow } from '@stackyard/db';
import { AUTO_HIDE_REPORTS } from '@stackyard/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { jsonBody } from '../testing/accounts.js';
import { buildStack, buildUser } from '../testing/factories.js';
import { startTestServer, type TestResponse, type TestServer } from '../testing/test-server.js';

/**
 * Hidden and suspended content, walked through every public read: a hidden stack, a hidden pro, a hidden
 * decision and a suspended author each vanish for a reader who is not signed in and for a stranger, on every
 * page, list, search, comparison and feed, while their author and the moderators still see them, marked.
 */
describe('hidden and suspended content', () => {
  let server: TestServer;
  let moderator: UserRow;
  let stranger: UserRow;
  /** Two tools no seeded stack uses, so that what a scene adds is first in every list about them. */
  let tool: string;
  let other: string;
  let scenes = 0;

  beforeAll(async () => {
    server = await startTestServer();
    const { db } = server.database;
    moderator = await buildUser(db, { role: 'moderator' });
    stranger = await buildUser(db);
    const quiet = await db.selectFrom('tools').select('slug').orderBy('stacks_count').orderBy('followers_count').orderBy('id').limit(2).execute();
    [tool, other] = quiet.map((row) => row.slug) as [string, string];
  });
  afterAll(() => server.stop());

  const db = () => server.database.db;
  const headersOf = async (who: UserRow | null): Promise<Record<string, string>> => (who ? { Cookie: await server.cookieFor(who) } : {});
  const send = async (who: UserRow | null, method: string, path: string, body: unknown) => {
    const response = await server.request(path, jsonBody(method, body, await headersOf(who)));
    expect(response.status, `${method} ${path}: ${JSON.stringify(response.body)}`).toBeLessThan(300);
    return response.body;
  };
  const moderate = (action: string, subjectType: string, subjectId: number) =>
    send(moderator, 'POST', '/api/v1/moderation/actions', { action, subjectType, subjectId });

  interface Scene {
    author: UserRow;
    stack: { owner: string; slug: string; id: number; name: string; description: string };
    reason: { id: number; text: string };
    decision: { id: number; body: string };
  }

  /** A new author with a stack of both tools, a pro of the first and a decision in the stack; the stranger follows all of it. */
  async function setUpScene(): Promise<Scene> {
    scenes += 1;
    const tag = `${scenes}x${Math.floor(Math.random() * 1e6)}`;
    const author = await buildUser(db(), { username: `leaky-${tag}` });
    const name = `Leakstack ${tag}`;
    const description = `Leakdescription ${tag}`;
    const created = await send(author, 'POST', '/api/v1/stacks', { name, description, tools: [{ slug: tool }, { slug: other }] });
    const stack = { ...created.stack, name, description, id: 0 };
    stack.id = (await db().selectFrom('stacks').select('id').where('owner_id', '=', author.id).where('slug', '=', stack.slug).executeTakeFirstOrThrow()).id;
    const text = `Leakreason ${tag}`;
    const reason = (await send(author, 'POST', `/api/v1/tools/${tool}/reasons`, { kind: 'pro', text })).reason;
    const body = `Leakdecision ${tag}: why we chose these two.`;
    const decision = (await send(author, 'POST', '/api/v1/decisions', { body, tools: [tool], stack: `${stack.owner}/${stack.slug}` })).decision;
    await send(stranger, 'PUT', `/api/v1/tools/${tool}/follow`, {});
    await send(stranger, 'PUT', `/api/v1/users/${author.username}/follow`, {});
    await send(stranger, 'PUT', `/api/v1/stacks/${stack.owner}/${stack.slug}/follow`, {});
    return { author, stack, reason: { id: reason.id, text }, decision: { id: decision.id, body } };
  }

  /** Every public read that could show something of the scene's. */
  function endpoints(scene: Scene): Record<string, string> {
    const { author, stack, decision } = scene;
    return {
      'tool page': `/api/v1/tools/${tool}`,
      'tool stacks': `/api/v1/tools/${tool}/stacks?limit=100`,
      'tool decisions': `/api/v1/tools/${tool}/decisions?limit=100`,
      comparison: `/api/v1/compare?tools=${tool},${other}`,
      'search for the stack': `/api/v1/search?q=${encodeURIComponent(stack.name)}`,
      'search for the author': `/api/v1/search?q=${author.username}`,
      'stack page': `/api/v1/stacks/${stack.owner}/${stack.slug}`,
      'decision page': `/api/v1/decisions/${decision.id}`,
      profile: `/api/v1/users/${author.username}`,
      'public feed': '/api/v1/feed/public?limit=100',
      'followed feed': '/api/v1/feed?limit=100',
      'tool Atom feed': `/api/v1/tools/${tool}/feed.atom`,
      'author Atom feed': `/api/v1/users/${author.username}/feed.atom`,
    };
  }

  async function readAll(scene: Scene, who: UserRow | null): Promise<Record<string, TestResponse>> {
    const headers = await headersOf(who);
    const pages: Record<string, TestResponse> = {};
    for (const [name, path] of Object.entries(endpoints(scene))) {
      if (name === 'followed feed' && !who) continue;
      const response = await server.request(path, { headers });
      expect(response.status, `${name} for ${who?.username ?? 'nobody'}`).toBeLessThan(500);
      pages[name] = response;
    }
    return pages;
  }

  /** The endpoints whose answer contains any of the texts (an error only repeats what was asked for). */
  function showing(pages: Record<string, TestResponse>, texts: string[]): string[] {
    return Object.entries(pages)
      .filter(([, response]) => {
        if (response.status !== 200) return false;
        const text = typeof response.body === 'string' ? response.body : JSON.stringify(response.body);
        return texts.some((marker) => text.includes(marker));
      })
      .map(([name]) => name)
      .sort();
  }

  const everywhereAStackShows = [
    'tool page', 'tool stacks', 'tool decisions', 'comparison', 'search for the stack', 'stack page', 'decision page', 'profile',
    'public feed', 'followed feed', 'tool Atom feed', 'author Atom feed',
  ];
  const everywhereAReasonShows = ['tool page', 'comparison', 'public feed', 'followed feed', 'tool Atom feed', 'author Atom feed'];
  const everywhereADecisionShows = [
    'tool decisions', 'stack page', 'decision page', 'profile', 'public feed', 'followed feed', 'tool Atom feed', 'author Atom feed',
  ];

  const cases = [
    {
      kind: 'a hidden stack',
      act: (scene: Scene) => moderate('hide', 'stack', scene.stack.id),
      gone: (scene: Scene) => [scene.stack.name, scene.stack.description],
      shownBefore: everywhereAStackShows,
      kept: (scene: Scene) => [scene.reason.text, scene.decision.body],
      closed: ['stack page'],
    },
    {
      kind: 'a hidden pro',
      act: (scene: Scene) => moderate('hide', 'reason', scene.reason.id),
      gone: (scene: Scene) => [scene.reason.text],
      shownBefore: everywhereAReasonShows,
      kept: (scene: Scene) => [scene.stack.name, scene.decision.body],
      closed: [],
    },
    {
      kind: 'a hidden decision',
      act: (scene: Scene) => moderate('hide', 'decision', scene.decision.id),
      gone: (scene: Scene) => [scene.decision.body],
      shownBefore: everywhereADecisionShows,
      kept: (scene: Scene) => [scene.stack.name, scene.reason.text],
      closed: ['decision page'],
    },
    {
      kind: 'a suspended author',
      act: (scene: Scene) => moderate('suspend', 'user', scene.author.id),
      gone: (scene: Scene) => [scene.author.username, scene.stack.name, scene.reason.text, scene.decision.body],
      shownBefore: [...everywhereAStackShows, 'search for the author'],
      kept: () => [],
      closed: ['stack page', 'decision page', 'profile', 'author Atom feed'],
    },
  ];

  it.each(cases)('$kind reaches no reader and no stranger on any public read', async ({ act, gone, shownBefore, kept, closed }) => {
    const scene = await setUpScene();
    expect(showing(await readAll(scene, stranger), gone(scene))).toEqual(expect.arrayContaining(shownBefore));

    await act(scene);
    expect(await findCounterDrift(db())).toEqual([]);
    for (const who of [null, stranger]) {
      const pages = await readAll(scene, who);
      expect(showing(pages, gone(scene)), who ? 'a stranger' : 'nobody signed in').toEqual([]);
      for (const name of closed) expect(pages[name]!.status, name).toBe(404);
      for (const text of kept(scene)) expect(showing(pages, [text]).length, text).toBeGreaterThan(0);
    }
  });

  /** What the author and a moderator see of the scene on the pages that know who reads them. */
  async function markedFor(scene: Scene, who: UserRow) {
    const headers = await headersOf(who);
    const get = async (path: string) => {
      const response = await server.request(path, { headers });
      expect(response.status, `${path} for ${who.username}`).toBe(200);
      return response.body;
    };
    const pages = endpoints(scene);
    const toolPage = (await get(pages['tool page']!)).tool;
    const decisions = (await get(pages['tool decisions']!)).items;
    const stackPage = (await get(pages['stack page']!)).stack;
    const decisionPage = (await get(pages['decision page']!)).decision;
    const profile = await get(pages.profile!);
    return {
      reasonOnToolPage: [...toolPage.pros, ...toolPage.cons].find((reason: any) => reason.id === scene.reason.id)?.hidden,
      stackOnToolPage: toolPage.stacks.find((stack: any) => stack.slug === scene.stack.slug)?.hidden,
      decisionOnToolDecisions: decisions.find((decision: any) => decision.id === scene.decision.id)?.hidden,
      stackOfTheDecision: decisionPage.stack?.hidden,
      stackPage: stackPage.hidden,
      decisionOnStackPage: stackPage.decisions.find((decision: any) => decision.id === scene.decision.id)?.hidden,
      decisionPage: decisionPage.hidden,
      stackOnProfile: profile.stacks.find((stack: any) => stack.slug === scene.stack.slug)?.hidden,
      decisionOnProfile: profile.decisions.find((decision: any) => decision.id === scene.decision.id)?.hidden,
      suspended: profile.user.suspended,
    };
  }

  const visible = {
    reasonOnToolPage: false,
    stackOnToolPage: false,
    decisionOnToolDecisions: false,
    stackOfTheDecision: false,
    stackPage: false,
    decisionOnStackPage: false,
    decisionPage: false,
    stackOnProfile: false,
    decisionOnProfile: false,
    suspended: false,
  };
  const marked = [
    { kind: 'a hidden stack', act: cases[0]!.act, expected: { ...visible, stackOnToolPage: true, stackOfTheDecision: true, stackPage: true, stackOnProfile: true } },
    { kind: 'a hidden pro', act: cases[1]!.act, expected: { ...visible, reasonOnToolPage: true } },
    {
      kind: 'a hidden decision',
      act: cases[2]!.act,
      expected: { ...visible, decisionOnToolDecisions: true, decisionOnStackPage: true, decisionPage: true, decisionOnProfile: true },
    },
    {
      kind: 'a suspended author',
      act: cases[3]!.act,
      expected: {
        reasonOnToolPage: true,
        stackOnToolPage: true,
        decisionOnToolDecisions: true,
        stackOfTheDecision: true,
        stackPage: true,
        decisionOnStackPage: true,
        decisionPage: true,
        stackOnProfile: true,
        decisionOnProfile: true,
        suspended: true,
      },
    },
  ];

  it.each(marked)('$kind stays in sight of its author and the moderators, marked', async ({ act, expected }) => {
    const scene = await setUpScene();
    expect(await markedFor(scene, scene.author)).toEqual(visible);
    await act(scene);
    expect(await markedFor(scene, scene.author)).toEqual(expected);
    expect(await markedFor(scene, moderator)).toEqual(expected);
  });

  it('a pro hidden by reports leaves every public read in the same transaction', async () => {
    const scene = await setUpScene();
    // Reporters whose reports count: members for a month, with a stack of their own.
    const monthAgo = new Date(Date.now() - 30 * 24 * 3600 * 1000);
    for (let index = 0; index < AUTO_HIDE_REPORTS; index++) {
      const reporter = await buildUser(db(), { created_at: monthAgo });
      await buildStack(db(), reporter);
      await send(reporter, 'POST', '/api/v1/reports', { subjectType: 'reason', subjectId: scene.reason.id, reason: 'spam' });
    }
    const reason = await db().selectFrom('reasons').select(['hidden', 'visible']).where('id', '=', scene.reason.id).executeTakeFirstOrThrow();
    expect(reason).toEqual({ hidden: true, visible: false });
    expect(await findCounterDrift(db())).toEqual([]);
    expect(showing(await readAll(scene, stranger), [scene.reason.text])).toEqual([]);
  });

  it('unsuspending brings back what no moderator hid, and only that', async () => {
    const scene = await setUpScene();
    const toolVotes = async () => (await db().selectFrom('tools').select('votes_count').where('slug', '=', tool).executeTakeFirstOrThrow()).votes_count;
    await send(stranger, 'PUT', `/api/v1/reasons/${scene.reason.id}/vote`, { value: 1 });
    const withVotes = await toolVotes();

    await moderate('hide', 'stack', scene.stack.id);
    await moderate('suspend', 'user', scene.author.id);
    // A suspended author's pro stops counting in its tool's votes, like a hidden one.
    expect(await toolVotes()).toBe(withVotes - 2);
    expect(await findCounterDrift(db())).toEqual([]);
    // Hiding what the suspension already hides, and showing it again, moves nothing.
    await moderate('hide', 'reason', scene.reason.id);
    await moderate('restore', 'reason', scene.reason.id);
    expect(await toolVotes()).toBe(withVotes - 2);

    await moderate('unsuspend', 'user', scene.author.id);
    expect(await toolVotes()).toBe(withVotes);
    expect(await findCounterDrift(db())).toEqual([]);
    const pages = await readAll(scene, null);
    expect(showing(pages, [scene.reason.text])).toEqual(expect.arrayContaining(everywhereAReasonShows.filter((name) => name !== 'followed feed')));
    // The decision is back; its feed event names the stack a moderator hid, so it stays out of the feeds.
    expect(showing(pages, [scene.decision.body])).toEqual(['decision page', 'profile', 'tool decisions']);
    expect(showing(pages, [scene.stack.name])).toEqual([]);
    expect(pages['stack page']!.status).toBe(404);
  });
});
