import type { Parser } from '../types.js';
import { cargoParser } from './cargo.js';
import { msbuildProjectParser } from './csproj.js';
import { msbuildPropsParser } from './directory-packages-props.js';
import { globalJsonParser } from './global-json.js';
import { gradleParser } from './gradle.js';
import { goModParser } from './go-mod.js';
import { libsVersionsTomlParser } from './libs-versions-toml.js';
import { miseTomlParser } from './mise-toml.js';
import { packageJsonParser } from './package-json.js';
import { packagesConfigParser } from './packages-config.js';
import { pomParser } from './pom.js';
import { requirementsParser } from './requirements.js';
import { rustToolchainParser } from './rust-toolchain.js';
import { toolVersionsParser } from './tool-versions.js';
import { versionFileParser } from './version-files.js';

/** Every parser, one per kind of manifest. */
export const parsers: readonly Parser[] = [
  packageJsonParser,
  requirementsParser,
  goModParser,
  cargoParser,
  versionFileParser,
  toolVersionsParser,
  miseTomlParser,
  rustToolchainParser,
  globalJsonParser,
  pomParser,
  gradleParser,
  libsVersionsTomlParser,
  msbuildProjectParser,
  msbuildPropsParser,
  packagesConfigParser,
];
