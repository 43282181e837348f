import { sql, type Kysely } from 'kysely';

/**
 * Tells every listening API process, once a transaction commits, that something public answers show was
 * added (a new event: a stack shared, tools added to it, a pro or con, a decision) or that what may be
 * shown changed (a new moderation log entry: every hide, restore, suspension and automatic hide writes
 * one). A process that listens keeps its answers until it hears this, instead of reading the newest ids
 * on every request (content-mark-repository.ts); one notice per statement, and PostgreSQL folds a
 * transaction's notices into one.
 */
export const CONTENT_CHANGED_CHANNEL = 'stackyard_content_changed';

const up_statements = [
  `create function notify_content_changed() returns trigger language plpgsql as $$
   begin
     perform pg_notify('${CONTENT_CHANGED_CHANNEL}', '');
     return null;
   end $$`,
  `create trigger events_content_changed after insert on events for each statement execute function notify_content_changed()`,
  `create trigger moderation_log_content_changed after insert on moderation_log for each statement execute function notify_content_changed()`,
];

const down_statements = [
  `drop trigger moderation_log_content_changed on moderation_log`,
  `drop trigger events_content_changed on events`,
  `drop function notify_content_changed()`,
];

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of up_statements) await sql.raw(statement).execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const statement of down_statements) await sql.raw(statement).execute(db);
}
