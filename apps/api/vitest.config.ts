// Imported by path: the config is loaded by Node, which does not run the TypeScript a workspace package exports.
import { testProjects } from '../../packages/db/src/testing/vitest-projects.js';
import { defineConfig } from 'vitest/config';

// The load harness's pure parts (arguments, ratios and goals, the results' shape) are tested with the rest.
export default defineConfig({ test: { projects: testProjects([{ extends: true, test: { name: 'bench', include: ['bench/**/*.test.ts'] } }]) } });
