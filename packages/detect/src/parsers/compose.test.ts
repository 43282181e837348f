import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { composeParser, imageVersion, interpolate } from './compose.js';

const fixture = (path: string) => readFileSync(new URL(`./fixtures/compose/${path}`, import.meta.url), 'utf8');
const context = { readText: (path: string) => (path === '.env' ? fixture('.env') : undefined) };
const parse = (path: string, content = fixture(path)) => composeParser.parse({ path, content }, context);

describe('compose', () => {
  it('reads docker-compose*.yml and compose*.yaml in any folder', () => {
    for (const path of ['docker-compose.yml', 'docker-compose.prod.yaml', 'docker-compose-dev.yml', 'compose.yaml', 'compose.override.yml', 'deploy/compose.prod.yml', 'infra/docker-compose.yaml']) {
      expect(composeParser.matches(path), path).toBe(true);
    }
    for (const path of ['composer.json', 'compose.json', 'my-compose.yml', 'docker-compose.yml.bak']) expect(composeParser.matches(path), path).toBe(false);
  });

  it('names every service image as written, resolving variables from .env and then from defaults', () => {
    const { signals, problems } = parse('docker-compose.yml');
    expect(signals.map((signal) => [signal.name, signal.version, signal.line, signal.snippet])).toEqual([
      ['docker.io/library/postgres:16-alpine', '16-alpine', 5, 'image: docker.io/library/postgres:16-alpine'],
      ['bitnami/redis:7.2', '7.2', 9, 'image: "${CACHE_IMAGE:-bitnami/redis:7.2}"'],
      ['docker.elastic.co/elasticsearch/elasticsearch:8.13.0', '8.13.0', 11, 'image: ${SEARCH_IMAGE}'],
      ['rabbitmq:3.13-management', '3.13-management', 13, 'image: rabbitmq:${RABBIT_TAG-3.13}-management'],
      ['grafana/grafana-oss:11.0.0', '11.0.0', 18, 'image: $GRAFANA_IMAGE'],
      ['ghcr.io/acme/prices@sha256:2b8e6f1c', 'sha256:2b8e6f1c', 22, 'image: ghcr.io/acme/prices@sha256:2b8e6f1c'],
      ['mailhog/mailhog', undefined, 24, 'image: mailhog/mailhog'],
    ]);
    expect(signals.every((signal) => signal.kind === 'docker' && signal.scope === 'runtime')).toBe(true);
    // A service that builds its image pulls none; an image nothing resolves is a problem, not a guess.
    expect(signals.some((signal) => signal.name.startsWith('shop/'))).toBe(false);
    expect(problems).toEqual(['the image of service broken (line 20), ${NOT_SET_ANYWHERE}, names NOT_SET_ANYWHERE that neither .env nor a default sets']);
  });

  it('reads each file on its own, the .env of its own folder only', () => {
    expect(parse('compose.override.yaml').signals.map((signal) => [signal.name, signal.line])).toEqual([['axllent/mailpit', 3]]);
    expect(parse('deploy/compose.prod.yml').signals.map((signal) => [signal.name, signal.line])).toEqual([
      ['traefik:v3.0', 3],
      ['opensearchproject/opensearch:2', 5],
    ]);
  });

  it('keeps what a broken file gives and reports it', () => {
    const { signals, problems } = parse('compose.broken.yml');
    expect(signals.map((signal) => [signal.name, signal.line])).toEqual([['nginx:1.27', 3]]);
    expect(problems![0]).toMatch(/^not valid YAML/);
    expect(() => parse('compose.yaml', '\u0001\u0002: [[[{{{\n\t- :')).not.toThrow();
  });

  it('resolves variables as compose does', () => {
    const env = new Map([['SET', 'x'], ['EMPTY', '']]);
    const lookup = (name: string) => env.get(name);
    expect(interpolate('${SET}-${EMPTY:-d}-${EMPTY-d}-${UNSET-d}-${SET:+alt}-${UNSET:+alt}-$$SET', lookup, { dollarEscape: true })).toEqual({ value: 'x-d--d-alt--$SET', unresolved: [] });
    expect(interpolate('${UNSET:-${SET}y}', lookup)).toEqual({ value: 'xy', unresolved: [] });
    expect(interpolate('${UNSET:?required}', lookup).unresolved).toEqual(['UNSET']);
    expect(imageVersion('localhost:5000/app')).toBeUndefined();
    expect(imageVersion('localhost:5000/app:1.2')).toBe('1.2');
  });
});
