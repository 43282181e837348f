// Reading what was dropped or picked in the browser: folders walked through the File System entries API
// (skipped folders never entered), then only the files planImport chose are opened.
import { isSkippedFolder, looksBinary, planImport, type SkippedFile } from './import-files.js';

/** A file found in what was dropped, not read yet. */
export interface FoundFile {
  path: string;
  size: number;
  file: File;
}

export interface ReadFiles {
  files: { path: string; content: string }[];
  skipped: SkippedFile[];
}

/** A walk stops here: a dropped home folder should not freeze the tab. */
const MAX_ENTRIES = 20_000;

/** Files of an <input type=file> (multiple, or webkitdirectory with each file's path under the folder). */
export function foundInFileList(list: FileList | File[]): FoundFile[] {
  return [...list].map((file) => ({ path: file.webkitRelativePath || file.name, size: file.size, file }));
}

/** Files and folders of a drop, walked depth first; what cannot be read is left out. */
export async function foundInDrop(transfer: DataTransfer): Promise<FoundFile[]> {
  const entries: FileSystemEntry[] = [];
  const loose: File[] = [];
  for (const item of [...transfer.items]) {
    if (item.kind !== 'file') continue;
    const entry = typeof item.webkitGetAsEntry === 'function' ? item.webkitGetAsEntry() : null;
    if (entry) entries.push(entry);
    else {
      const file = item.getAsFile();
      if (file) loose.push(file);
    }
  }
  if (entries.length === 0) return foundInFileList(loose.length > 0 ? loose : [...transfer.files]);
  const found: FoundFile[] = [];
  let visited = 0;
  const walk = async (entry: FileSystemEntry, prefix: string): Promise<void> => {
    if (++visited > MAX_ENTRIES) return;
    const path = prefix ? `${prefix}/${entry.name}` : entry.name;
    if (entry.isFile) {
      const file = await new Promise<File | null>((resolve) => (entry as FileSystemFileEntry).file(resolve, () => resolve(null)));
      if (file) found.push({ path, size: file.size, file });
    } else if (entry.isDirectory && !isSkippedFolder(entry.name)) {
      for (const child of await readAllEntries(entry as FileSystemDirectoryEntry)) await walk(child, path);
    }
  };
  for (const entry of entries) await walk(entry, '');
  return found;
}

/** A directory reader hands its entries out in batches (of 100 in Chromium) until it hands out none. */
async function readAllEntries(directory: FileSystemDirectoryEntry): Promise<FileSystemEntry[]> {
  const reader = directory.createReader();
  const all: FileSystemEntry[] = [];
  for (;;) {
    const batch = await new Promise<FileSystemEntry[]>((resolve) => reader.readEntries(resolve, () => resolve([])));
    if (batch.length === 0) return all;
    all.push(...batch);
    if (all.length > MAX_ENTRIES) return all;
  }
}

/**
 * Reads the files planImport chooses, reporting progress after each; a file that turns out binary (or
 * cannot be read) is skipped and said so.
 */
export async function readChosenFiles(found: FoundFile[], onProgress: (done: number, total: number) => void): Promise<ReadFiles> {
  const plan = planImport(found);
  const skipped = [...plan.skipped];
  const files: ReadFiles['files'] = [];
  onProgress(0, plan.send.length);
  for (const [index, chosen] of plan.send.entries()) {
    try {
      const bytes = new Uint8Array(await chosen.file.arrayBuffer());
      if (looksBinary(bytes)) skipped.push({ path: chosen.path, reason: 'binary' });
      else files.push({ path: chosen.path, content: new TextDecoder().decode(bytes) });
    } catch {
      skipped.push({ path: chosen.path, reason: 'binary' });
    }
    onProgress(index + 1, plan.send.length);
  }
  return { files, skipped };
}
