#!/usr/bin/env node
// Runs the CLI from its TypeScript source through tsx, so the workspace needs no separate build for it.
// (`npm pack` ships the bundle build.mjs makes instead: dist/package/bin/stackyard.mjs.)
import { register } from 'tsx/esm/api';

register();
await import('../src/cli.ts');
