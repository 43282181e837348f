import type { Parser } from '../types.js';
import { cargoParser } from './cargo.js';
import { goModParser } from './go-mod.js';
import { packageJsonParser } from './package-json.js';
import { requirementsParser } from './requirements.js';

/** Every parser, one per kind of manifest. */
export const parsers: readonly Parser[] = [packageJsonParser, requirementsParser, goModParser, cargoParser];
