import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { kubernetesParser } from './kubernetes.js';

const fixture = (path: string) => readFileSync(new URL(`./fixtures/${path}`, import.meta.url), 'utf8');
const context = { readText: () => undefined };
const parse = (path: string, content = fixture(path)) => kubernetesParser.parse({ path, content }, context);

describe('Kubernetes manifests', () => {
  it('reads YAML no other parser reads, outside Helm templates', () => {
    expect(kubernetesParser.matches('k8s/deployment.yaml')).toBe(true);
    expect(kubernetesParser.matches('deploy/base/service.yml')).toBe(true);
    for (const path of ['chart/templates/deployment.yaml', 'docker-compose.yml', 'compose.yaml', '.github/workflows/ci.yml', '.github/dependabot.yml', '.gitlab-ci.yml', 'chart/Chart.yaml', 'render.yaml', 'pnpm-lock.yaml', 'k8s/deployment.json']) {
      expect(kubernetesParser.matches(path), path).toBe(false);
    }
  });

  it('names the image of every container and init container, in every document, at any depth', () => {
    const { signals, problems } = parse('kubernetes/deployment.yaml');
    expect(signals.map((signal) => [signal.kind, signal.name, signal.line, signal.version])).toEqual([
      ['docker', 'ghcr.io/acme/api-migrations:1.8.0', 11, '1.8.0'],
      ['docker', 'ghcr.io/acme/api:1.8.0', 14, '1.8.0'],
      ['docker', 'envoyproxy/envoy:v1.30.1', 16, 'v1.30.1'],
      ['docker', 'postgres:16', 30, '16'],
      ['docker', 'busybox', 44, undefined],
    ]);
    expect(signals[3]).toMatchObject({ snippet: 'image: postgres:16', scope: 'runtime' });
    expect(problems).toEqual([]);
  });

  it('says nothing of YAML that is not a manifest, nor of templates', () => {
    expect(parse('kubernetes/values.yaml')).toEqual({ signals: [] });
    expect(parse('kubernetes/kustomization.yaml').signals).toEqual([]);
    expect(parse('helm/chart/templates/deployment.yaml')).toEqual({ signals: [] });
    expect(parse('random.yaml', 'key: [unclosed\n  - {')).toEqual({ signals: [] });
  });

  it('keeps what a broken manifest gives and reports it', () => {
    const { signals, problems } = parse('kubernetes/broken.yaml');
    expect(signals.map((signal) => [signal.name, signal.line])).toEqual([['nginx:1.27', 6]]);
    expect(problems![0]).toMatch(/^not valid YAML/);
  });
});
