import type { Database } from '@stackyard/db';
import { sql, type Kysely } from 'kysely';

/**
 * The public dataset, read in id order a batch at a time (keyset: `after` is the last id of the previous
 * batch). Only what any visitor may see: visible stacks, pros and cons and decisions (hidden ones and those of
 * suspended members are not `visible`), members who are not suspended, and of them only their public
 * profile: never an email, a password hash, a session, a token or a report.
 */

type Db = Kysely<Database>;

export async function toolsBatch(db: Db, after: number, limit: number) {
  return db
    .selectFrom('tools as t')
    .innerJoin('functions as f', 'f.id', 't.function_id')
    .select((eb) => [
      't.id',
      't.slug',
      't.name',
      't.tagline',
      't.description',
      't.website_url as websiteUrl',
      't.github_repo as githubRepo',
      't.open_source as openSource',
      't.license',
      't.github_stars as githubStars',
      't.github_forks as githubForks',
      'f.slug as functionSlug',
      't.stacks_count as stacksCount',
      't.followers_count as followersCount',
      't.votes_count as votesCount',
      't.created_at as createdAt',
      eb
        .selectFrom('tool_integrations as ti')
        .innerJoin('tools as other', 'other.id', 'ti.other_tool_id')
        .select(sql<string[]>`coalesce(array_agg(other.slug order by other.slug), '{}')`.as('slugs'))
        .whereRef('ti.tool_id', '=', 't.id')
        .as('integrations'),
    ])
    .where('t.id', '>', after)
    .orderBy('t.id')
    .limit(limit)
    .execute();
}

export async function stacksBatch(db: Db, after: number, limit: number) {
  return db
    .selectFrom('stacks as s')
    .innerJoin('users as u', 'u.id', 's.owner_id')
    .select((eb) => [
      's.id',
      'u.username as owner',
      's.slug',
      's.name',
      's.description',
      's.website_url as websiteUrl',
      's.followers_count as followersCount',
      's.created_at as createdAt',
      's.updated_at as updatedAt',
      eb
        .selectFrom('stack_tools as st')
        .innerJoin('tools as t', 't.id', 'st.tool_id')
        .select(
          sql<{ slug: string; note: string | null; source: string }[]>`coalesce(json_agg(json_build_object('slug', t.slug, 'note', st.note, 'source', st.source) order by st.position, t.slug), '[]')`.as(
            'tools',
          ),
        )
        .whereRef('st.stack_id', '=', 's.id')
        .as('tools'),
    ])
    .where('s.visible', '=', true)
    .where('s.id', '>', after)
    .orderBy('s.id')
    .limit(limit)
    .execute();
}

export async function reasonsBatch(db: Db, after: number, limit: number) {
  return db
    .selectFrom('reasons as r')
    .innerJoin('tools as t', 't.id', 'r.tool_id')
    .leftJoin('users as u', 'u.id', 'r.author_id')
    .select(['r.id', 't.slug as tool', 'r.kind', 'r.text', 'r.votes_count as votesCount', 'u.username as author', 'r.created_at as createdAt'])
    .where('r.visible', '=', true)
    .where('r.id', '>', after)
    .orderBy('r.id')
    .limit(limit)
    .execute();
}

export async function decisionsBatch(db: Db, after: number, limit: number) {
  return db
    .selectFrom('decisions as d')
    .innerJoin('users as u', 'u.id', 'd.author_id')
    // A decision about a stack that is not shown names no stack.
    .leftJoin('stacks as s', (join) => join.onRef('s.id', '=', 'd.stack_id').on('s.visible', '=', true))
    .leftJoin('users as so', 'so.id', 's.owner_id')
    .select((eb) => [
      'd.id',
      'u.username as author',
      'so.username as stackOwner',
      's.slug as stackSlug',
      'd.body',
      'd.votes_count as votesCount',
      'd.created_at as createdAt',
      eb
        .selectFrom('decision_tools as dt')
        .innerJoin('tools as t', 't.id', 'dt.tool_id')
        .select(sql<string[]>`coalesce(array_agg(t.slug order by t.slug), '{}')`.as('slugs'))
        .whereRef('dt.decision_id', '=', 'd.id')
        .as('tools'),
    ])
    .where('d.visible', '=', true)
    .where('d.id', '>', after)
    .orderBy('d.id')
    .limit(limit)
    .execute();
}

export async function peopleBatch(db: Db, after: number, limit: number) {
  return db
    .selectFrom('users as u')
    .select([
      'u.id',
      'u.username',
      'u.display_name as displayName',
      'u.bio',
      'u.website_url as websiteUrl',
      'u.followers_count as followersCount',
      'u.created_at as createdAt',
    ])
    .where('u.suspended_at', 'is', null)
    .where('u.id', '>', after)
    .orderBy('u.id')
    .limit(limit)
    .execute();
}

/** The first statement of the dump's transaction: every batch after it reads the same moment of the database. */
export async function readOneSnapshot(trx: Db): Promise<void> {
  await sql`set transaction isolation level repeatable read, read only`.execute(trx);
}
