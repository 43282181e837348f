// Imported by path: the config is loaded by Node, which does not run the TypeScript a workspace package exports.
import { testProjects } from '../../packages/db/src/testing/vitest-projects.js';
import { defineConfig } from 'vitest/config';

export default defineConfig({ test: { projects: testProjects() } });
