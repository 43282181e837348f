import { sql, type Transaction } from 'kysely';
import type { Database } from '../../schema.js';
import { renderMarkdown } from '../../markdown/render-markdown.js';
import { chunk, type Progress } from '../progress.js';
import { idsBySlug } from '../seed-catalogue.js';
import type { DemoCommunity } from './generate.js';

export interface DemoSeedResult {
  skipped: boolean;
  users: number;
  stacks: number;
  reasons: number;
  votes: number;
  follows: number;
  decisions: number;
  events: number;
  comparisons: number;
  githubFigures: number;
}

const BATCH = 500;

/**
 * Writes a generated community. Runs once: when its first user already exists the community is there and
 * nothing is written, so seeding twice changes nothing. Events are derived from the written rows in SQL,
 * the way the services will write them: one per stack created, tools added later, reason and decision posted,
 * and tool followed.
 */
export async function writeDemoCommunity(
  trx: Transaction<Database>,
  community: DemoCommunity,
  progress: Progress,
): Promise<DemoSeedResult> {
  const first = community.users[0];
  const existing = first
    ? await trx.selectFrom('users').select('id').where(sql`lower(username)`, '=', first.username.toLowerCase()).executeTakeFirst()
    : undefined;
  if (!first || existing) {
    return { skipped: true, users: 0, stacks: 0, reasons: 0, votes: 0, follows: 0, decisions: 0, events: 0, comparisons: 0, githubFigures: 0 };
  }

  const toolIds = await idsBySlug(trx, 'tools');
  const tool = (slug: string) => {
    const id = toolIds.get(slug);
    if (id === undefined) throw new Error(`The demo community names unknown tool ${slug}`);
    return id;
  };

  const userIds = new Map<string, number>();
  for (const batch of chunk(community.users, BATCH)) {
    const rows = await trx
      .insertInto('users')
      .values(
        batch.map((user) => ({
          username: user.username,
          email: user.email,
          display_name: user.displayName,
          bio: user.bio,
          created_at: user.createdAt,
          updated_at: user.createdAt,
        })),
      )
      .returning(['id', 'username'])
      .execute();
    for (const row of rows) userIds.set(row.username, row.id);
    progress(`users: ${userIds.size}/${community.users.length}`);
  }
  const user = (username: string) => userIds.get(username)!;

  const stackIds = new Map<string, number>();
  for (const batch of chunk(community.stacks, BATCH)) {
    const rows = await trx
      .insertInto('stacks')
      .values(
        batch.map((stack) => ({
          owner_id: user(stack.owner),
          slug: stack.slug,
          name: stack.name,
          description: stack.description,
          created_at: stack.createdAt,
          updated_at: stack.updatedAt,
        })),
      )
      .returning(['id', 'owner_id', 'slug'])
      .execute();
    for (const row of rows) stackIds.set(`${row.owner_id}/${row.slug}`, row.id);
  }
  const stack = (owner: string, slug: string) => stackIds.get(`${user(owner)}/${slug}`)!;
  const stackTools = community.stacks.flatMap((entry) =>
    entry.tools.map((item) => ({
      stack_id: stack(entry.owner, entry.slug),
      tool_id: tool(item.tool),
      note: item.note,
      source: item.sourcePath ? ('detected' as const) : ('manual' as const),
      source_path: item.sourcePath,
      detected_at: item.sourcePath ? item.addedAt : null,
      created_at: item.addedAt,
    })),
  );
  for (const batch of chunk(stackTools, BATCH)) await trx.insertInto('stack_tools').values(batch).execute();
  progress(`stacks: ${community.stacks.length} with ${stackTools.length} tools`);

  const reasonIds = new Map<string, number>();
  for (const batch of chunk(community.reasons, BATCH)) {
    const rows = await trx
      .insertInto('reasons')
      .values(
        batch.map((reason) => ({
          tool_id: tool(reason.tool),
          kind: reason.kind,
          text: reason.text,
          author_id: user(reason.author),
          created_at: reason.createdAt,
          updated_at: reason.createdAt,
        })),
      )
      .returning(['id', 'tool_id', 'text'])
      .execute();
    for (const row of rows) reasonIds.set(`${row.tool_id}:${row.text.toLowerCase()}`, row.id);
  }
  const votes = community.reasons.flatMap((reason) => {
    const reasonId = reasonIds.get(`${tool(reason.tool)}:${reason.text.toLowerCase()}`)!;
    return reason.voters.map((voter) => ({ reason_id: reasonId, user_id: user(voter), created_at: reason.createdAt }));
  });
  for (const batch of chunk(votes, BATCH)) await trx.insertInto('reason_votes').values(batch).execute();
  progress(`pros and cons: ${community.reasons.length} with ${votes.length} votes`);

  const follows = community.follows.map((follow) => ({
    user_id: user(follow.user),
    target_type: follow.type,
    tool_id: follow.type === 'tool' ? tool(follow.tool) : null,
    stack_id: follow.type === 'stack' ? stack(follow.owner, follow.slug) : null,
    followee_id: follow.type === 'user' ? user(follow.followee) : null,
    created_at: follow.createdAt,
  }));
  for (const batch of chunk(follows, BATCH)) await trx.insertInto('follows').values(batch).execute();
  progress(`follows: ${follows.length}`);

  // Decisions in batches, each found again by its author, time and body (which the generator keeps unique).
  const decisionKey = (authorId: number, createdAt: Date, body: string) => `${authorId} ${createdAt.getTime()} ${body}`;
  const decisionIds = new Map<string, number>();
  for (const batch of chunk(community.decisions, BATCH)) {
    const rows = await trx
      .insertInto('decisions')
      .values(
        batch.map((decision) => ({
          author_id: user(decision.author),
          stack_id: decision.stack ? stack(decision.stack.owner, decision.stack.slug) : null,
          body: decision.body,
          html: renderMarkdown(decision.body),
          created_at: decision.createdAt,
          updated_at: decision.createdAt,
        })),
      )
      .returning(['id', 'author_id', 'created_at', 'body'])
      .execute();
    for (const row of rows) decisionIds.set(decisionKey(row.author_id, row.created_at, row.body), row.id);
  }
  if (decisionIds.size !== community.decisions.length) throw new Error('Two demo decisions share an author, a time and a body');
  const decisionId = (decision: DemoCommunity['decisions'][number]) => decisionIds.get(decisionKey(user(decision.author), decision.createdAt, decision.body))!;
  const decisionTools = community.decisions.flatMap((decision) => decision.tools.map((slug) => ({ decision_id: decisionId(decision), tool_id: tool(slug) })));
  for (const batch of chunk(decisionTools, BATCH)) await trx.insertInto('decision_tools').values(batch).execute();
  const decisionVoteRows = community.decisions.flatMap((decision) =>
    decision.voters.map((voter) => ({ decision_id: decisionId(decision), user_id: user(voter), created_at: decision.createdAt })),
  );
  for (const batch of chunk(decisionVoteRows, BATCH)) await trx.insertInto('decision_votes').values(batch).execute();
  const decisionVotes = decisionVoteRows.length;
  progress(`decisions: ${community.decisions.length} with ${decisionVotes} votes`);

  const events = await deriveEvents(trx, [...userIds.values()]);
  progress(`events: ${events}`);

  const views = community.comparisons.map((comparison) => {
    const [a, b, c = null] = comparison.tools.map(tool).sort((left, right) => left - right);
    return { tool_a_id: a!, tool_b_id: b!, tool_c_id: c, views_count: comparison.views, last_viewed_at: comparison.lastViewedAt };
  });
  // Views add to any a running site counted already, as its view counter does.
  for (const batch of chunk(views, BATCH)) {
    await trx
      .insertInto('comparison_views')
      .values(batch)
      .onConflict((oc) =>
        oc.columns(['tool_a_id', 'tool_b_id', 'tool_c_id']).doUpdateSet((eb) => ({
          views_count: eb('comparison_views.views_count', '+', eb.ref('excluded.views_count')),
        })),
      )
      .execute();
  }
  progress(`comparisons: ${views.length} viewed`);

  const githubFigures = await writeGithubFigures(trx, community, tool);
  progress(`GitHub figures: ${githubFigures} tools`);

  return {
    skipped: false,
    users: userIds.size,
    stacks: community.stacks.length,
    reasons: community.reasons.length,
    votes: votes.length + decisionVotes,
    follows: follows.length,
    decisions: community.decisions.length,
    events,
    comparisons: views.length,
    githubFigures,
  };
}

/**
 * Sets the demo's GitHub figures on tools no sync has reached (github_synced_at null), so that a real sync's
 * figures are never replaced by made-up ones; the next real sync replaces these. Returns how many it set.
 */
async function writeGithubFigures(trx: Transaction<Database>, community: DemoCommunity, tool: (slug: string) => number): Promise<number> {
  if (community.githubFigures.length === 0) return 0;
  const figures = community.githubFigures;
  const result = await sql`
    update tools t set github_stars = v.stars, github_forks = v.forks, github_synced_at = v.synced_at
    from unnest(${sql.val(figures.map((figure) => tool(figure.tool)))}::bigint[], ${sql.val(figures.map((figure) => figure.stars))}::int[],
                ${sql.val(figures.map((figure) => figure.forks))}::int[], ${sql.val(figures.map((figure) => figure.syncedAt.toISOString()))}::timestamptz[])
      as v(id, stars, forks, synced_at)
    where t.id = v.id and t.github_synced_at is null`.execute(trx);
  return Number(result.numAffectedRows ?? 0);
}

/** Writes the feed's events for the actions of the given users, with the tools each event touches. */
async function deriveEvents(trx: Transaction<Database>, actorIds: number[]): Promise<number> {
  const actors = sql`(select unnest(${sql.val(actorIds)}::bigint[]))`;
  const statements = [
    sql`insert into events (actor_id, verb, stack_id, created_at)
        select s.owner_id, 'stack.created', s.id, s.created_at from stacks s where s.owner_id in ${actors}`,
    sql`insert into events (actor_id, verb, stack_id, created_at)
        select s.owner_id, 'stack.tools_added', s.id, st.created_at
        from stack_tools st join stacks s on s.id = st.stack_id
        where s.owner_id in ${actors} and st.created_at > s.created_at
        group by s.owner_id, s.id, st.created_at`,
    sql`insert into event_tools (event_id, tool_id, created_at)
        select e.id, st.tool_id, e.created_at
        from events e join stack_tools st on st.stack_id = e.stack_id and st.created_at = e.created_at
        where e.verb in ('stack.created', 'stack.tools_added') and e.actor_id in ${actors}`,
    sql`insert into events (actor_id, verb, reason_id, tool_id, payload, created_at)
        select r.author_id, 'reason.added', r.id, r.tool_id, jsonb_build_object('kind', r.kind), r.created_at
        from reasons r where r.author_id in ${actors}`,
    sql`insert into events (actor_id, verb, decision_id, stack_id, created_at)
        select d.author_id, 'decision.posted', d.id, d.stack_id, d.created_at from decisions d where d.author_id in ${actors}`,
    sql`insert into events (actor_id, verb, tool_id, created_at)
        select f.user_id, 'tool.followed', f.tool_id, f.created_at from follows f
        where f.target_type = 'tool' and f.user_id in ${actors}`,
    sql`insert into event_tools (event_id, tool_id, created_at)
        select e.id, e.tool_id, e.created_at from events e
        where e.verb in ('reason.added', 'tool.followed') and e.actor_id in ${actors}`,
    sql`insert into event_tools (event_id, tool_id, created_at)
        select e.id, dt.tool_id, e.created_at from events e join decision_tools dt on dt.decision_id = e.decision_id
        where e.verb = 'decision.posted' and e.actor_id in ${actors}`,
  ];
  for (const statement of statements) await statement.execute(trx);
  const { count } = await trx
    .selectFrom('events')
    .select((eb) => eb.fn.countAll<number>().as('count'))
    .where('actor_id', 'in', actorIds)
    .executeTakeFirstOrThrow();
  return count;
}
