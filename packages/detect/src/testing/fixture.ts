import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { detect, memoryFiles } from '../engine.js';
import type { DetectResult } from '../types.js';

const FIXTURES = fileURLToPath(new URL('../../fixtures/', import.meta.url));

/** The files of a fixture tree under packages/detect/fixtures, by path from its root. */
export function fixtureFiles(name: string): Array<{ path: string; content: string }> {
  const root = join(FIXTURES, name);
  const files: Array<{ path: string; content: string }> = [];
  const walk = (folder: string) => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const path = join(folder, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.name !== 'expected.json') files.push({ path: relative(root, path).split('\\').join('/'), content: readFileSync(path, 'utf8') });
    }
  };
  walk(root);
  return files;
}

/** Detection of a fixture tree. */
export function detectFixture(name: string): Promise<DetectResult> {
  return detect(memoryFiles(fixtureFiles(name)));
}

/** A result as the fixture tests compare it: each tool with the file:line of its evidence. */
export function toolLines(result: DetectResult): Record<string, string[]> {
  return Object.fromEntries(result.tools.map((tool) => [tool.slug, tool.evidence.map((evidence) => `${evidence.file}:${evidence.line}`)]));
}
