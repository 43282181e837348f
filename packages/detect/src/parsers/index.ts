import type { Parser } from '../types.js';
import { composerJsonParser } from './composer-json.js';
import { gemfileParser } from './gemfile.js';
import { gemfileLockParser } from './gemfile-lock.js';
import { mixExsParser } from './mix-exs.js';
import { packageJsonParser } from './package-json.js';
import { packageLockParser } from './package-lock.js';
import { pipfileParser } from './pipfile.js';
import { pnpmLockParser } from './pnpm-lock.js';
import { pyprojectParser } from './pyproject.js';
import { requirementsParser } from './requirements.js';
import { setupCfgParser } from './setup-cfg.js';
import { yarnLockParser } from './yarn-lock.js';

/** Every parser, one per kind of manifest. */
export const parsers: readonly Parser[] = [
  packageJsonParser,
  packageLockParser,
  pnpmLockParser,
  yarnLockParser,
  requirementsParser,
  pyprojectParser,
  pipfileParser,
  setupCfgParser,
  gemfileParser,
  gemfileLockParser,
  composerJsonParser,
  mixExsParser,
];
