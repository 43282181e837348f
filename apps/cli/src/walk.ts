import { lstat, readdir, readFile, realpath } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import ignore, { type Ignore } from 'ignore';
import { isSkippedFolder, type FileEntry, type FileProvider } from '@stackyard/detect';

/** Files a walk reads at most: a bound for a home folder scanned by mistake. */
export const MAX_FILES = 200_000;

interface Walked {
  entries: FileEntry[];
  /** Paths not followed, and why: links out of the tree, loops, unreadable folders. */
  problems: Array<{ file: string; message: string }>;
}

/**
 * The files of a tree, as detection reads them: .gitignore files (at any depth) respected, installed
 * dependencies and build output skipped, and no symbolic link followed (out of the tree or round a loop).
 */
export async function walkTree(root: string, onProgress?: (files: number) => void): Promise<Walked> {
  const realRoot = await realpath(root);
  const entries: FileEntry[] = [];
  const problems: Walked['problems'] = [];

  const walk = async (folder: string, rules: Array<{ base: string; ignore: Ignore }>): Promise<void> => {
    const path = relative(root, folder).split(sep).join('/');
    let names: string[];
    try {
      names = (await readdir(folder)).sort();
    } catch (error) {
      problems.push({ file: path || '.', message: `could not be read: ${(error as NodeJS.ErrnoException).code ?? String(error)}` });
      return;
    }
    const gitignore = await readFile(join(folder, '.gitignore'), 'utf8').catch(() => undefined);
    const scoped = gitignore === undefined ? rules : [...rules, { base: path, ignore: ignore().add(gitignore) }];
    const ignored = (relativePath: string, isFolder: boolean) =>
      scoped.some((rule) => {
        const inside = rule.base ? relativePath.slice(rule.base.length + 1) : relativePath;
        return inside !== '' && rule.ignore.ignores(isFolder ? `${inside}/` : inside);
      });
    for (const name of names) {
      if (entries.length >= MAX_FILES) return;
      const full = join(folder, name);
      const relativePath = path ? `${path}/${name}` : name;
      const info = await lstat(full).catch(() => undefined);
      if (!info) continue;
      if (info.isSymbolicLink()) {
        // A link is never followed: one into the tree leads to files read where they are, one out of it
        // to someone else's, and one round a loop nowhere.
        const target = await realpath(full).catch((error: NodeJS.ErrnoException) => error);
        if (target instanceof Error) problems.push({ file: relativePath, message: `skipped: a link that leads nowhere (${target.code ?? target.message})` });
        else if (target !== realRoot && !target.startsWith(realRoot + sep)) problems.push({ file: relativePath, message: 'skipped: a link that leads out of the tree' });
        continue;
      }
      if (info.isDirectory()) {
        if (isSkippedFolder(name) || ignored(relativePath, true)) continue;
        await walk(full, scoped);
      } else if (info.isFile() && !ignored(relativePath, false)) {
        entries.push({ path: relativePath, size: info.size });
        if (entries.length % 500 === 0) onProgress?.(entries.length);
      }
    }
  };
  await walk(root, []);
  onProgress?.(entries.length);
  return { entries, problems };
}

/** A folder on disk as detection's file provider, over the files a walk listed. */
export function folderProvider(root: string, entries: FileEntry[]): FileProvider {
  return { list: () => entries, read: (path) => readFile(join(root, path)) };
}
