import { sql, type RawBuilder } from 'kysely';

/** The tables that link something (a stack, a decision) to tools, and the column that names the something. */
const LINKS = { stack_tools: 'stack_id', decision_tools: 'decision_id' } as const;

/**
 * The ids of what names every one of the given tools (at least one), as a subquery: the links of each tool
 * (each table's index on tool_id) joined on what they link. Each tool is a constant of its own, so
 * PostgreSQL plans the join from each tool's statistics: it hashes the rarest tools' links and probes the
 * rest, and the cost follows the rarer tools rather than a lookup per link of the rarest, or a count over
 * every link of them all.
 */
export function idsNamingEveryTool(table: keyof typeof LINKS, toolIds: number[]): RawBuilder<unknown> {
  const [first, ...others] = toolIds;
  const id = sql.raw(LINKS[table]);
  const links = sql.table(table);
  const joins = others.map((toolId, index) => {
    const alias = sql.raw(`l${index + 1}`);
    return sql`join ${links} ${alias} on ${alias}.${id} = l0.${id} and ${alias}.tool_id = ${toolId}`;
  });
  return sql`(select l0.${id} from ${links} l0 ${sql.join(joins, sql` `)} where l0.tool_id = ${first})`;
}
