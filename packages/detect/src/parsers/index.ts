import type { Parser } from '../types.js';
import { appJsonParser } from './app-json.js';
import { cargoParser } from './cargo.js';
import { composeParser } from './compose.js';
import { msbuildProjectParser } from './csproj.js';
import { msbuildPropsParser } from './directory-packages-props.js';
import { dockerfileParser } from './dockerfile.js';
import { envFileParser } from './env-file.js';
import { flyTomlParser } from './fly-toml.js';
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
import { netlifyTomlParser } from './netlify-toml.js';
import { packageJsonParser } from './package-json.js';
import { packagesConfigParser } from './packages-config.js';
import { pomParser } from './pom.js';
import { procfileParser } from './procfile.js';
import { renderYamlParser } from './render-yaml.js';
import { requirementsParser } from './requirements.js';
import { rustToolchainParser } from './rust-toolchain.js';
import { terraformLockParser } from './terraform-lock.js';
import { terraformParser } from './terraform.js';
import { toolVersionsParser } from './tool-versions.js';
import { vercelJsonParser } from './vercel-json.js';
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
];
