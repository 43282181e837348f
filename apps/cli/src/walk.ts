import { lstat, readdir, readFile, realpath, stat } from 'node:fs/promises';
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
 * dependencies and build output skipped, and no symbolic link followed out of the tree or round a loop.
 */
export async function walkTree(root: string, onProgress?: (files: number) => void): Promise<Walked> {
  const realRoot = await realpath(root);
  const entries: FileEntry[] = [];
  const problems: Walked['problems'] = [];
  const visited = new Set<string>();

  const walk = async (folder: string, rules: Array<{ base: string; ignore: Ignore }>): Promise<void> => {
    const real = await realpath(folder).catch(() => undefined);
    const path = relative(root, folder).split(sep).join('/');
    if (!real || visited.has(real)) {
      problems.push({ file: path || '.', message: 'skipped: a link back into a folder already read' });
      return;
    }
    visited.add(real);
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
      let target = info;
      if (info.isSymbolicLink()) {
        const resolved = await realpath(full).catch(() => undefined);
        if (!resolved || (resolved !== realRoot && !resolved.startsWith(realRoot + sep))) {
          problems.push({ file: relativePath, message: 'skipped: a link that leads out of the tree' });
          continue;
        }
        const followed = await stat(full).catch(() => undefined);
        if (!followed) continue;
        target = followed;
      }
      if (target.isDirectory()) {
        if (name === '.git' || isSkippedFolder(name) || ignored(relativePath, true)) continue;
        await walk(full, scoped);
      } else if (target.isFile() && !ignored(relativePath, false)) {
        entries.push({ path: relativePath, size: target.size });
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
