import type { Parser } from '../types.js';
import { composerJsonParser } from './composer-json.js';
import { gemfileParser } from './gemfile.js';
import { gemfileLockParser } from './gemfile-lock.js';
import { mixExsParser } from './mix-exs.js';
import { packageJsonParser } from './package-json.js';
import { pipfileParser } from './pipfile.js';
import { pyprojectParser } from './pyproject.js';
import { requirementsParser } from './requirements.js';
import { setupCfgParser } from './setup-cfg.js';

/** Every parser, one per kind of manifest. */
export const parsers: readonly Parser[] = [packageJsonParser, requirementsParser, pyprojectParser, pipfileParser, setupCfgParser, gemfileParser, gemfileLockParser, composerJsonParser, mixExsParser];
