import type { Parser } from '../types.js';
import { appJsonParser } from './app-json.js';
import { composeParser } from './compose.js';
import { dockerfileParser } from './dockerfile.js';
import { envFileParser } from './env-file.js';
import { flyTomlParser } from './fly-toml.js';
import { githubActionParser } from './github-action.js';
import { githubWorkflowParser } from './github-workflow.js';
import { gitlabCiParser } from './gitlab-ci.js';
import { helmChartParser } from './helm-chart.js';
import { kubernetesParser } from './kubernetes.js';
import { netlifyTomlParser } from './netlify-toml.js';
import { packageJsonParser } from './package-json.js';
import { procfileParser } from './procfile.js';
import { renderYamlParser } from './render-yaml.js';
import { requirementsParser } from './requirements.js';
import { terraformParser } from './terraform.js';
import { terraformLockParser } from './terraform-lock.js';
import { vercelJsonParser } from './vercel-json.js';

/** Every parser, one per kind of manifest. */
export const parsers: readonly Parser[] = [
  packageJsonParser,
  requirementsParser,
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
