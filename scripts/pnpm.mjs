#!/usr/bin/env node
// Runs the pinned pnpm through npm alone, so that a machine with only Node and npm needs nothing else:
// corepack is not assumed, and the version comes from "packageManager" in the root package.json.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

const root = new URL('../package.json', import.meta.url);
const { packageManager } = JSON.parse(readFileSync(root, 'utf8'));
const result = spawnSync('npx', ['--yes', packageManager, ...process.argv.slice(2)], {
  stdio: 'inherit',
  shell: process.platform === 'win32',
});
process.exit(result.status ?? 1);
