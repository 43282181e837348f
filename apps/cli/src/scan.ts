import { basename, resolve } from 'node:path';
import { stat } from 'node:fs/promises';
import ignore from 'ignore';
import { detect, type DetectResult } from '@stackyard/detect';
import { CliError, EXIT } from './cli-error.js';
import type { Io } from './io.js';
import { applyProjectFile, readProjectFile, type ProjectFile } from './project-file.js';
import { folderProvider, walkTree } from './walk.js';

export interface Scan {
  root: string;
  result: DetectResult;
  project: ProjectFile;
  files: number;
  seconds: number;
}

/** Walks a tree, detects its stack offline, and applies its stackyard.json; progress on a terminal. */
export async function scanTree(dir: string, io: Io): Promise<Scan> {
  const root = resolve(io.cwd, dir);
  const info = await stat(root).catch(() => undefined);
  if (!info?.isDirectory()) throw new CliError(`${dir} is not a folder`, EXIT.usage);
  const started = performance.now();
  const project = await readProjectFile(root);
  io.progress(`Listing files of ${basename(root)}...`);
  const walked = await walkTree(root, (files) => io.progress(`Listing files of ${basename(root)}: ${files}`));
  const skip = ignore().add(project.ignore);
  const entries = walked.entries.filter((entry) => !skip.ignores(entry.path));
  const detected = await detect(folderProvider(root, entries), {
    onProgress: ({ read, total, path }) => io.progress(`Reading manifests ${read}/${total}: ${path}`),
  });
  io.progress('');
  const result = applyProjectFile({ ...detected, problems: [...walked.problems, ...detected.problems] }, project);
  return { root, result, project, files: entries.length, seconds: (performance.now() - started) / 1000 };
}
