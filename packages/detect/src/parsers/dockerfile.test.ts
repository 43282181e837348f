import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { dockerfileParser } from './dockerfile.js';

const fixture = (name: string) => readFileSync(new URL(`./fixtures/dockerfile/${name}`, import.meta.url), 'utf8');
const context = { readText: () => undefined };
const parse = (path: string, content = fixture(path)) => dockerfileParser.parse({ path, content }, context);
const brief = (signals: ReturnType<typeof parse>['signals']) => signals.map((signal) => [signal.kind, signal.name, signal.line, signal.version]);

describe('Dockerfile', () => {
  it('reads Dockerfile, Dockerfile.*, *.Dockerfile and Containerfile in any folder', () => {
    for (const path of ['Dockerfile', 'ops/Dockerfile.prod', 'api.Dockerfile', 'Containerfile', 'dockerfile']) expect(dockerfileParser.matches(path), path).toBe(true);
    for (const path of ['Dockerfile.md/x', 'docker-compose.yml', 'Dockerfiles/readme.txt']) expect(dockerfileParser.matches(path), path).toBe(false);
  });

  it('names the image of every stage, with ARGs resolved, but not earlier stages or scratch', () => {
    const { signals, problems } = parse('Dockerfile');
    expect(signals.filter((signal) => signal.kind === 'docker')).toEqual([
      { kind: 'docker', name: 'docker.io/library/node:20.11-bookworm', version: '20.11-bookworm', line: 6, snippet: 'FROM --platform=$BUILDPLATFORM ${REGISTRY}/library/node:${NODE_VERSION}-bookworm AS deps', scope: 'runtime' },
      { kind: 'docker', name: 'nginx:1.27-alpine@sha256:0123456789abcdef', version: '1.27-alpine', line: 24, snippet: 'FROM nginx:1.27-alpine@sha256:0123456789abcdef AS web', scope: 'runtime' },
    ]);
    expect(problems).toEqual(['FROM $BASE (line 22) names BASE that no ARG before it sets']);
  });

  it('names each package apt-get and apk install, on its own line, flags, versions and comments dropped', () => {
    const apt = parse('Dockerfile').signals.filter((signal) => signal.kind === 'apt');
    expect(apt.map((signal) => [signal.name, signal.line, signal.snippet])).toEqual([
      ['build-essential', 10, 'build-essential \\'],
      ['python3', 13, 'python3=3.11.2-1+b1 \\'],
      ['libpq-dev', 15, 'libpq-dev \\'],
      ['curl', 25, 'RUN apk add --no-cache --virtual .build-deps curl~8 \\'],
      ['tini', 26, '&& apk add tini; apk del .build-deps'],
    ]);
  });

  it('reads heredoc RUNs and yum and dnf', () => {
    expect(brief(parse('worker.Dockerfile').signals)).toEqual([
      ['docker', 'python:3.12-slim', 1, '3.12-slim'],
      ['apt', 'redis-tools', 4, undefined],
      ['apt', 'postgresql-client-16', 4, undefined],
      ['apt', 'jq', 6, undefined],
      ['apt', 'git', 6, undefined],
    ]);
  });

  it('reads apt, sudo, options before the subcommand and the exec form of nothing else', () => {
    const content = 'FROM debian:12\nRUN sudo apt -y install nginx=1.22.1-9 libc6:amd64 ./local.deb $EXTRA \\\n    && apt-get -qq update\nRUN echo apt-get install -y not-a-package\n';
    expect(brief(parse('Dockerfile', content).signals)).toEqual([
      ['docker', 'debian:12', 1, '12'],
      ['apt', 'nginx', 2, undefined],
      ['apt', 'libc6', 2, undefined],
    ]);
  });

  it('reads what it can of a broken file and never throws', () => {
    expect(brief(parse('broken.Dockerfile').signals)).toEqual([
      ['docker', 'ubuntu:24.04', 1, '24.04'],
      ['apt', 'curl', 2, undefined],
    ]);
    expect(() => parse('Dockerfile', '\\\n'.repeat(1000) + 'RUN ' + '"'.repeat(5000))).not.toThrow();
  });

  it('reads every line of a file of several megabytes', () => {
    const big = 'FROM node:20\nRUN apt-get install -y \\\n' + '  curl=8.5.0-2ubuntu10 \\\n'.repeat(200_000) + '  vim\n';
    const { signals } = parse('Dockerfile', big);
    expect(signals.length).toBe(200_002);
  });
});
