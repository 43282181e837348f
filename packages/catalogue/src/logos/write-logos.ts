import { mkdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { catalogueTools } from '../index.js';
import { catalogueLogos, type LogoIcon } from './logos.js';

export interface LogoManifestEntry {
  file: string;
  url: string;
  /** The brand icon drawn, or null for a monogram. */
  icon: LogoIcon | null;
}

export interface LogoManifest {
  tools: number;
  withBrandIcon: number;
  logos: Record<string, LogoManifestEntry>;
}

/**
 * Writes every tool's logo to `<dir>/logos/<slug>.<hash>.svg` and `<dir>/logos-manifest.json` (beside the
 * folder, so the folder the API serves holds nothing but logos). The folder is emptied first: a build
 * ships exactly the files its database rows name.
 */
export async function writeLogos(dir: string, tools = catalogueTools): Promise<LogoManifest> {
  const logos = catalogueLogos(tools);
  const logosDir = join(dir, 'logos');
  await rm(logosDir, { recursive: true, force: true });
  await mkdir(logosDir, { recursive: true });
  await Promise.all(logos.map((logo) => writeFile(join(logosDir, logo.fileName), logo.svg)));
  const manifest: LogoManifest = {
    tools: logos.length,
    withBrandIcon: logos.filter((logo) => logo.icon !== null).length,
    logos: Object.fromEntries(logos.map((logo) => [logo.slug, { file: logo.fileName, url: logo.url, icon: logo.icon }])),
  };
  await writeFile(join(dir, 'logos-manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  return manifest;
}
