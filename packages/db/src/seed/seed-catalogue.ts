import { catalogueTools, integrationPairs, taxonomy, type ToolSeed } from '@stackyard/catalogue';
import { sql, type Kysely, type Transaction } from 'kysely';
import type { Database } from '../schema.js';
import { chunk, type Progress } from './progress.js';

export interface CatalogueSeedResult {
  functions: number;
  tools: number;
  integrations: number;
}

/**
 * Writes the taxonomy, the tools and their integrations. Upserts by slug, and only rewrites a row whose
 * values differ, so running it again changes nothing and a newer catalogue updates an older database.
 */
export async function seedCatalogue(
  trx: Transaction<Database>,
  progress: Progress,
  tools: readonly ToolSeed[] = catalogueTools,
): Promise<CatalogueSeedResult> {
  const functionIds = await upsertTaxonomy(trx);
  progress(`taxonomy: ${taxonomy.length} layers, ${functionIds.size} functions`);

  let written = 0;
  for (const batch of chunk(tools, 100)) {
    await trx
      .insertInto('tools')
      .values(
        batch.map((tool) => {
          const functionId = functionIds.get(tool.fn);
          if (functionId === undefined) throw new Error(`Tool ${tool.slug} names unknown function ${tool.fn}`);
          return {
            slug: tool.slug,
            name: tool.name,
            tagline: tool.tagline,
            description: tool.description,
            website_url: tool.website,
            github_repo: tool.github ?? null,
            function_id: functionId,
            open_source: tool.openSource,
            license: tool.license ?? null,
          };
        }),
      )
      .onConflict((oc) =>
        oc
          .column('slug')
          .doUpdateSet((eb) => ({
            name: eb.ref('excluded.name'),
            tagline: eb.ref('excluded.tagline'),
            description: eb.ref('excluded.description'),
            website_url: eb.ref('excluded.website_url'),
            github_repo: eb.ref('excluded.github_repo'),
            function_id: eb.ref('excluded.function_id'),
            open_source: eb.ref('excluded.open_source'),
            license: eb.ref('excluded.license'),
            updated_at: sql`now()`,
          }))
          .where(
            sql<boolean>`(tools.name, tools.tagline, tools.description, tools.website_url, tools.github_repo,
              tools.function_id, tools.open_source, tools.license)
              is distinct from (excluded.name, excluded.tagline, excluded.description, excluded.website_url,
              excluded.github_repo, excluded.function_id, excluded.open_source, excluded.license)`,
          ),
      )
      .execute();
    written += batch.length;
    progress(`tools: ${written}/${tools.length}`);
  }

  const toolIds = await idsBySlug(trx, 'tools');
  const pairs = integrationPairs(tools).map(([a, b]) => {
    const first = toolIds.get(a);
    const second = toolIds.get(b);
    if (first === undefined || second === undefined) throw new Error(`Integration ${a} - ${b} names an unknown tool`);
    return first < second ? { tool_id: first, other_tool_id: second } : { tool_id: second, other_tool_id: first };
  });
  for (const batch of chunk(pairs, 500)) {
    await trx.insertInto('tool_integrations').values(batch).onConflict((oc) => oc.doNothing()).execute();
  }
  progress(`integrations: ${pairs.length}`);
  return { functions: functionIds.size, tools: tools.length, integrations: pairs.length };
}

async function upsertTaxonomy(trx: Transaction<Database>): Promise<Map<string, number>> {
  for (const [layerPosition, layer] of taxonomy.entries()) {
    const { id: layerId } = await trx
      .insertInto('layers')
      .values({ slug: layer.slug, name: layer.name, position: layerPosition })
      .onConflict((oc) =>
        oc.column('slug').doUpdateSet((eb) => ({ name: eb.ref('excluded.name'), position: eb.ref('excluded.position') })),
      )
      .returning('id')
      .executeTakeFirstOrThrow();
    for (const [categoryPosition, category] of layer.categories.entries()) {
      const { id: categoryId } = await trx
        .insertInto('categories')
        .values({ layer_id: layerId, slug: category.slug, name: category.name, position: categoryPosition })
        .onConflict((oc) =>
          oc.column('slug').doUpdateSet((eb) => ({
            layer_id: eb.ref('excluded.layer_id'),
            name: eb.ref('excluded.name'),
            position: eb.ref('excluded.position'),
          })),
        )
        .returning('id')
        .executeTakeFirstOrThrow();
      await trx
        .insertInto('functions')
        .values(
          category.functions.map((fn, position) => ({ category_id: categoryId, slug: fn.slug, name: fn.name, position })),
        )
        .onConflict((oc) =>
          oc.column('slug').doUpdateSet((eb) => ({
            category_id: eb.ref('excluded.category_id'),
            name: eb.ref('excluded.name'),
            position: eb.ref('excluded.position'),
          })),
        )
        .execute();
    }
  }
  return idsBySlug(trx, 'functions');
}

export async function idsBySlug(
  db: Kysely<Database>,
  table: 'tools' | 'functions',
): Promise<Map<string, number>> {
  const rows = await db.selectFrom(table).select(['id', 'slug']).execute();
  return new Map(rows.map((row) => [row.slug, row.id]));
}
