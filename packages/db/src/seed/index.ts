import { catalogueTools } from '@stackyard/catalogue';
import type { Kysely } from 'kysely';
import { recountCounters } from '../counters.js';
import type { Database } from '../schema.js';
import { generateDemoCommunity } from './demo/generate.js';
import { writeDemoCommunity, type DemoSeedResult } from './demo/write.js';
import { silent, type Progress } from './progress.js';
import { seedCatalogue, type CatalogueSeedResult } from './seed-catalogue.js';

export { catalogueTools, integrationPairs, taxonomy, type ToolSeed } from '@stackyard/catalogue';
export { generateDemoCommunity, type DemoCommunity } from './demo/generate.js';
export type { Progress } from './progress.js';
export { refreshLogoUrls } from './seed-catalogue.js';

export interface SeedOptions {
  /** Also write the demo community (users, stacks, votes...), not just the catalogue. */
  demo: boolean;
  /** "Now" for the demo's two years of history; fixed in tests so that two runs agree. */
  now?: Date;
  progress?: Progress;
}

export interface SeedResult {
  catalogue: CatalogueSeedResult;
  demo: DemoSeedResult | null;
  recounted: number;
}

/** Seeds the catalogue and, when asked, the demo community, in one transaction. Safe to run again. */
export async function seed(db: Kysely<Database>, options: SeedOptions): Promise<SeedResult> {
  const progress = options.progress ?? silent;
  return db.transaction().execute(async (trx) => {
    const catalogue = await seedCatalogue(trx, progress);
    let demo: DemoSeedResult | null = null;
    if (options.demo) {
      const community = generateDemoCommunity({ tools: catalogueTools, now: options.now ?? startOfToday() });
      demo = await writeDemoCommunity(trx, community, progress);
      if (demo.skipped) progress('demo community: already present, left as it is');
    }
    const recounted = await recountCounters(trx);
    progress(`counters: ${recounted} rows brought up to date`);
    return { catalogue, demo, recounted };
  });
}

/** Midnight UTC today: the demo's "now", stable for a day. */
export function startOfToday(): Date {
  const now = new Date();
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()));
}
