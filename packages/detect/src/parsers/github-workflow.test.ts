import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { githubActionParser } from './github-action.js';
import { githubWorkflowParser } from './github-workflow.js';

const fixture = (path: string) => readFileSync(new URL(`./fixtures/github/${path}`, import.meta.url), 'utf8');
const context = { readText: () => undefined };
const parse = (path: string) => (path.includes('/actions/') ? githubActionParser : githubWorkflowParser).parse({ path, content: fixture(path) }, context);
const brief = (path: string) => parse(path).signals.map((signal) => [signal.kind, signal.name, signal.line, signal.version, signal.hint]);

describe('GitHub Actions workflows', () => {
  it('reads every workflow, and the composite actions of .github/actions', () => {
    for (const path of ['.github/workflows/ci.yml', '.github/workflows/deploy.yaml', 'services/api/.github/workflows/x.yml']) expect(githubWorkflowParser.matches(path), path).toBe(true);
    for (const path of ['.github/dependabot.yml', '.github/workflows/sub/x.yml', 'workflows/ci.yml']) expect(githubWorkflowParser.matches(path), path).toBe(false);
    for (const path of ['.github/actions/setup/action.yml', '.github/actions/a/b/action.yaml']) expect(githubActionParser.matches(path), path).toBe(true);
    expect(githubActionParser.matches('.github/workflows/action.yml')).toBe(false);
  });

  it('names the actions steps use, reusable workflows jobs call, and job containers and services', () => {
    expect(brief('.github/workflows/ci.yml')).toEqual([
      ['docker', 'node:20-bookworm', 10, '20-bookworm', undefined],
      ['docker', 'postgres:16', 13, '16', undefined],
      ['docker', 'redis:7-alpine', 16, '7-alpine', undefined],
      ['action', 'actions/checkout@v4', 20, 'v4', undefined],
      ['docker', 'hadolint/hadolint:v2.12.0', 23, 'v2.12.0', undefined],
      ['action', 'github/codeql-action/init@v3', 24, 'v3', undefined],
      ['action', 'acme/shared-workflows/.github/workflows/release.yml@main', 28, 'main', undefined],
      ['docker', 'ghcr.io/acme/deployer:1.4', 33, '1.4', undefined],
      ['action', 'aws-actions/configure-aws-credentials@e3dd6a429d7300a6a4c196c26e071d42e0343502', 37, 'e3dd6a429d7300a6a4c196c26e071d42e0343502', undefined],
    ]);
    const [first] = parse('.github/workflows/ci.yml').signals;
    expect(first).toMatchObject({ scope: 'ci', snippet: 'container: node:20-bookworm' });
  });

  it('makes what a reusable workflow (on: workflow_call) uses a hint', () => {
    expect(brief('.github/workflows/deploy.yaml')).toEqual([
      ['action', 'hashicorp/setup-terraform@v3', 11, 'v3', 'reusable workflow'],
      ['action', 'superfly/flyctl-actions/setup-flyctl@master', 12, 'master', 'reusable workflow'],
    ]);
  });

  it('names what a composite action uses', () => {
    expect(brief('.github/actions/setup/action.yml')).toEqual([
      ['action', 'pnpm/action-setup@v4', 6, 'v4', undefined],
      ['action', 'actions/setup-node@v4', 7, 'v4', undefined],
    ]);
  });

  it('keeps what a broken workflow gives and reports it', () => {
    const { signals, problems } = parse('.github/workflows/broken.yml');
    expect(signals.map((signal) => [signal.name, signal.line])).toEqual([['actions/setup-go@v5', 5]]);
    expect(problems![0]).toMatch(/^not valid YAML/);
    expect(() => githubWorkflowParser.parse({ path: '.github/workflows/x.yml', content: 'jobs: [1, 2\n  steps: {' }, context)).not.toThrow();
  });
});
