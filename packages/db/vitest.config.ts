import { defineConfig } from 'vitest/config';
import { testProjects } from './src/testing/vitest-projects.js';

export default defineConfig({ test: { projects: testProjects() } });
