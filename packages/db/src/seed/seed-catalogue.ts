import { catalogueTools, integrationPairs, taxonomy, type ToolSeed } from '@stackyard/catalogue';
import { catalogueLogos } from '@stackyard/catalogue/logos';
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

  // The same URLs the catalogue's build names its logo files by (computed, not read from the build).
  const logoUrls = logoUrlsBySlug(tools);
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
            logo_url: logoUrls.get(tool.slug) ?? null,
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
            logo_url: eb.ref('excluded.logo_url'),
            function_id: eb.ref('excluded.function_id'),
            open_source: eb.ref('excluded.open_source'),
            license: eb.ref('excluded.license'),
            updated_at: sql`now()`,
          }))
          .where(
            sql<boolean>`(tools.name, tools.tagline, tools.description, tools.website_url, tools.github_repo,
              tools.logo_url, tools.function_id, tools.open_source, tools.license)
              is distinct from (excluded.name, excluded.tagline, excluded.description, excluded.website_url,
              excluded.github_repo, excluded.logo_url, excluded.function_id, excluded.open_source, excluded.license)`,
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

function logoUrlsBySlug(tools: readonly ToolSeed[]): Map<string, string> {
  return new Map(catalogueLogos(tools).map((logo) => [logo.slug, logo.url]));
}

/**
 * Points every catalogue tool of the database at this build's logo files, and returns how many rows that
 * changed. A logo's file name changes with its drawing (a new icon, an icon set's update), so a database
 * written by an older build would name files this build no longer has; the server runs this at start.
 */
export async function refreshLogoUrls(db: Kysely<Database>, tools: readonly ToolSeed[] = catalogueTools): Promise<number> {
  if (tools.length === 0) return 0;
  const rows = [...logoUrlsBySlug(tools)].map(([slug, url]) => sql`(${slug}, ${url})`);
  const result = await sql`
    update tools set logo_url = v.url, updated_at = now()
    from (values ${sql.join(rows)}) as v(slug, url)
    where tools.slug = v.slug and tools.logo_url is distinct from v.url`.execute(db);
  return Number(result.numAffectedRows ?? 0n);
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
