import type { Parser } from '../types.js';
import { appJsonParser } from './app-json.js';
import { cargoParser } from './cargo.js';
import { composeParser } from './compose.js';
import { composerJsonParser } from './composer-json.js';
import { msbuildProjectParser } from './csproj.js';
import { msbuildPropsParser } from './directory-packages-props.js';
import { dockerfileParser } from './dockerfile.js';
import { envFileParser } from './env-file.js';
import { flyTomlParser } from './fly-toml.js';
import { gemfileLockParser } from './gemfile-lock.js';
import { gemfileParser } from './gemfile.js';
import { githubActionParser } from './github-action.js';
import { githubWorkflowParser } from './github-workflow.js';
import { gitlabCiParser } from './gitlab-ci.js';
import { globalJsonParser } from './global-json.js';
import { goModParser } from './go-mod.js';
import { gradleParser } from './gradle.js';
import { helmChartParser } from './helm-chart.js';
import { kubernetesParser } from './kubernetes.js';
import { libsVersionsTomlParser } from './libs-versions-toml.js';
import { miseTomlParser } from './mise-toml.js';
import { mixExsParser } from './mix-exs.js';
import { netlifyTomlParser } from './netlify-toml.js';
import { packageJsonParser } from './package-json.js';
import { packageLockParser } from './package-lock.js';
import { packagesConfigParser } from './packages-config.js';
import { pipfileParser } from './pipfile.js';
import { pnpmLockParser } from './pnpm-lock.js';
import { pomParser } from './pom.js';
import { procfileParser } from './procfile.js';
import { pyprojectParser } from './pyproject.js';
import { renderYamlParser } from './render-yaml.js';
import { requirementsParser } from './requirements.js';
import { rustToolchainParser } from './rust-toolchain.js';
import { setupCfgParser } from './setup-cfg.js';
import { terraformLockParser } from './terraform-lock.js';
import { terraformParser } from './terraform.js';
import { toolVersionsParser } from './tool-versions.js';
import { vercelJsonParser } from './vercel-json.js';
import { versionFileParser } from './version-files.js';
import { yarnLockParser } from './yarn-lock.js';

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
  dockerfileParser,
  composeParser,
  githubWorkflowParser,
  githubActionParser,
  gitlabCiParser,
  procfileParser,
  netlifyTomlParser,
  vercelJsonParser,
  flyTomlParser,
  renderYamlParser,
  appJsonParser,
  terraformParser,
  terraformLockParser,
  helmChartParser,
  kubernetesParser,
  envFileParser,
  packageLockParser,
  pnpmLockParser,
  yarnLockParser,
  pyprojectParser,
  pipfileParser,
  setupCfgParser,
  gemfileParser,
  gemfileLockParser,
  composerJsonParser,
  mixExsParser,
];
