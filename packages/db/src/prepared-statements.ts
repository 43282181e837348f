import type { PostgresPoolClient } from 'kysely';
import type pg from 'pg';

/**
 * Most distinct statements given a name. The application's statements are a few hundred texts (one per
 * query shape and list length); past this, a text is sent unnamed as before, so a query built from
 * interpolated text cannot fill each connection's memory with plans.
 */
const MAX_NAMED_STATEMENTS = 2000;

const names = new Map<string, string>();

/** The name a statement's text is prepared under on every connection, or null once the cap is reached. */
export function statementName(text: string): string | null {
  const known = names.get(text);
  if (known !== undefined) return known;
  if (names.size >= MAX_NAMED_STATEMENTS) return null;
  const name = `stackyard_${names.size + 1}`;
  names.set(text, name);
  return name;
}

const wrappers = new WeakMap<pg.PoolClient, PostgresPoolClient>();

/**
 * A pooled client, as Kysely uses it, that prepares each parameterised statement once per connection and
 * runs it by name after. PostgreSQL then parses it once and, after a few runs, keeps a generic plan when
 * that plan costs no more than planning each time: at the benchmark's scale planning took 0.5-2 ms of a
 * request's statements, more than running them. Only statements with parameters are named: those already
 * go through the extended protocol, which refuses several commands in one text, so naming them changes
 * nothing else. A statement without parameters (a migration's script, `begin`) and a cursor go as before.
 */
export function preparingClient(client: pg.PoolClient): PostgresPoolClient {
  // One wrapper per pooled connection: Kysely keeps its connection objects by client.
  const known = wrappers.get(client);
  if (known) return known;
  const query = (text: unknown, parameters?: ReadonlyArray<unknown>): unknown => {
    if (typeof text === 'string' && parameters && parameters.length > 0) {
      const name = statementName(text);
      if (name !== null) return client.query({ name, text, values: [...parameters] });
    }
    return client.query(text as string, parameters ? [...parameters] : undefined);
  };
  const wrapper: PostgresPoolClient = { query: query as PostgresPoolClient['query'], release: () => client.release() };
  wrappers.set(client, wrapper);
  return wrapper;
}
