import { z } from 'zod';

/**
 * The files of the open-data dump, in the order they are written. Each `.jsonl` file holds one JSON object
 * per line; README.md says what each field means, LICENSE under which terms the data may be reused.
 */
export const OPEN_DATA_FILES = ['taxonomy.jsonl', 'tools.jsonl', 'stacks.jsonl', 'reasons.jsonl', 'decisions.jsonl', 'people.jsonl', 'README.md', 'LICENSE'] as const;
export type OpenDataFile = (typeof OPEN_DATA_FILES)[number];

/** The licence the public dataset is offered under. */
export const OPEN_DATA_LICENSE = { id: 'CC-BY-4.0', url: 'https://creativecommons.org/licenses/by/4.0/' } as const;

export const openDataFileParamsSchema = z.object({ file: z.enum(OPEN_DATA_FILES) });

/** GET /api/v1/dumps/latest: when the newest dump was taken, and each of its files. */
export const openDataManifestSchema = z.object({
  createdAt: z.string(),
  license: z.object({ id: z.literal(OPEN_DATA_LICENSE.id), url: z.string() }),
  files: z.array(
    z.object({
      name: z.enum(OPEN_DATA_FILES),
      /** Lines of data (JSON Lines files), or null for the README and the licence. */
      rows: z.number().int().nonnegative().nullable(),
      bytes: z.number().int().nonnegative(),
      sha256: z.string().regex(/^[0-9a-f]{64}$/),
      /** Where to download it: /api/v1/dumps/latest/<name>. */
      path: z.string(),
    }),
  ),
});
export type OpenDataManifest = z.infer<typeof openDataManifestSchema>;
