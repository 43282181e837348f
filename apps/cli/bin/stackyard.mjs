#!/usr/bin/env node
// Runs the CLI from its TypeScript source through tsx, so the workspace needs no separate build for it.
import { register } from 'tsx/esm/api';

register();
const { run } = await import('../src/main.ts');
process.exitCode = await run(process.argv.slice(2));
