import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { gitlabCiParser } from './gitlab-ci.js';

const fixture = (path: string) => readFileSync(new URL(`./fixtures/gitlab-ci/${path}`, import.meta.url), 'utf8');
const context = { readText: () => undefined };
const parse = (path: string, content = fixture(path)) => gitlabCiParser.parse({ path, content }, context);

describe('.gitlab-ci.yml', () => {
  it('reads .gitlab-ci.yml in any folder', () => {
    expect(gitlabCiParser.matches('.gitlab-ci.yml')).toBe(true);
    expect(gitlabCiParser.matches('services/api/.gitlab-ci.yml')).toBe(true);
    expect(gitlabCiParser.matches('gitlab-ci.yml')).toBe(false);
  });

  it('names the images and services of the pipeline and of each job, with its variables resolved', () => {
    const { signals, includes } = parse('.gitlab-ci.yml');
    expect(signals.map((signal) => [signal.name, signal.line, signal.version])).toEqual([
      ['ruby:3.3', 1, '3.3'],
      ['postgres:16', 14, '16'],
      ['redis:7', 15, '7'],
      ['registry.gitlab.com/acme/ci-base:2', 22, '2'],
      ['docker:27', 31, '27'],
      ['docker:27-dind', 33, '27-dind'],
    ]);
    expect(signals.every((signal) => signal.kind === 'docker' && signal.scope === 'ci')).toBe(true);
    expect(signals[1]!.snippet).toBe('- postgres:${POSTGRES_VERSION}');
    // Local includes are read with the same parser; project and remote ones are not in the tree.
    expect(includes).toEqual(['ci/deploy.yml']);
    expect(parse('ci/deploy.yml').signals.map((signal) => [signal.name, signal.line])).toEqual([['hashicorp/terraform:1.9', 3]]);
  });

  it('keeps what a broken file gives and reports it', () => {
    const { signals, problems } = parse('.gitlab-ci.yml', 'image: node:22\ntest:\n  image: [oops\n');
    expect(signals.map((signal) => signal.name)).toEqual(['node:22']);
    expect(problems![0]).toMatch(/^not valid YAML/);
  });
});
