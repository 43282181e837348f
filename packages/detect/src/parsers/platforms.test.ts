import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Parser } from '../types.js';
import { appJsonParser, buildpackRuntime } from './app-json.js';
import { flyTomlParser } from './fly-toml.js';
import { netlifyTomlParser } from './netlify-toml.js';
import { renderYamlParser } from './render-yaml.js';
import { vercelJsonParser } from './vercel-json.js';

const fixture = (path: string) => readFileSync(new URL(`./fixtures/platforms/${path}`, import.meta.url), 'utf8');
const context = { readText: () => undefined };
const parse = (parser: Parser, path: string, content = fixture(path)) => parser.parse({ path, content }, context);
const brief = (parser: Parser, path: string) => parse(parser, path).signals.map((signal) => [signal.kind, signal.name, signal.line, signal.version]);

describe('hosting platforms', () => {
  it('netlify.toml: build plugins and the program of the build command', () => {
    expect(brief(netlifyTomlParser, 'netlify.toml')).toEqual([
      ['npm', '@netlify/plugin-lighthouse', 11, undefined],
      ['npm', 'netlify-plugin-cache', 17, '1.0.3'],
      ['command', 'astro', 4, undefined],
    ]);
    expect(parse(netlifyTomlParser, 'netlify.toml').signals[2]!.snippet).toBe('command = "npx astro build"');
  });

  it('vercel.json: builders and function runtimes', () => {
    expect(brief(vercelJsonParser, 'vercel.json')).toEqual([
      ['npm', '@vercel/python', 4, undefined],
      ['npm', '@vercel/next', 7, '4.3.0'],
      ['npm', 'vercel-php', 12, '0.7.1'],
    ]);
  });

  it('fly.toml: the image it deploys and its env keys', () => {
    expect(brief(flyTomlParser, 'fly.toml')).toEqual([
      ['docker', 'registry.fly.io/acme-base:2024.06', 5, '2024.06'],
      ['env', 'PORT', 9, undefined],
      ['env', 'LOG_LEVEL', 10, undefined],
      ['env', 'REDIS_URL', 11, undefined],
    ]);
  });

  it('render.yaml: service types and runtimes, images, databases and env keys', () => {
    expect(brief(renderYamlParser, 'render.yaml')).toEqual([
      ['runtime', 'web', 2, undefined],
      ['runtime', 'node', 4, undefined],
      ['env', 'DATABASE_URL', 7, undefined],
      ['env', 'STRIPE_SECRET_KEY', 11, undefined],
      ['runtime', 'worker', 13, undefined],
      ['runtime', 'python', 15, undefined],
      ['runtime', 'redis', 16, undefined],
      ['runtime', 'pserv', 19, undefined],
      ['docker', 'docker.io/getmeili/meilisearch:v1.8', 22, 'v1.8'],
      ['addon', 'render-postgres', 24, '16'],
      ['env', 'SENTRY_DSN', 29, undefined],
    ]);
  });

  it('app.json: add-ons, buildpacks as runtimes and env keys', () => {
    expect(brief(appJsonParser, 'app.json')).toEqual([
      ['addon', 'heroku-redis', 4, undefined],
      ['addon', 'heroku-postgresql', 5, 'essential-0'],
      ['addon', 'papertrail', 6, undefined],
      ['runtime', 'nodejs', 9, undefined],
      ['runtime', 'ruby', 10, undefined],
      ['env', 'SECRET_KEY_BASE', 13, undefined],
      ['env', 'RAILS_ENV', 14, undefined],
    ]);
    expect(buildpackRuntime('https://buildpack-registry.s3.amazonaws.com/buildpacks/heroku-community/apt.tgz')).toBe('apt');
  });

  it('each reads only its own file name', () => {
    expect([netlifyTomlParser, vercelJsonParser, flyTomlParser, renderYamlParser, appJsonParser].map((parser) => parser.matches(`deploy/${parser.id}`))).toEqual([true, true, true, true, true]);
    expect(renderYamlParser.matches('render.yml')).toBe(true);
    expect(appJsonParser.matches('app.json5')).toBe(false);
  });

  it('reports broken files and never throws', () => {
    expect(parse(netlifyTomlParser, 'netlify.toml', '[build\ncommand = "x"').problems![0]).toMatch(/^not valid TOML/);
    expect(parse(flyTomlParser, 'fly.toml', 'app = "x"\n[env\n').problems![0]).toMatch(/^not valid TOML/);
    expect(parse(vercelJsonParser, 'vercel.json', '{"builds": [{"use": "@vercel/node"}').signals.map((signal) => signal.name)).toEqual(['@vercel/node']);
    expect(parse(vercelJsonParser, 'vercel.json', '{"builds": [{"use": "@vercel/node"}').problems![0]).toMatch(/^not valid JSON/);
    expect(parse(appJsonParser, 'app.json', '{"addons": ["heroku-redis", ').signals.map((signal) => signal.name)).toEqual(['heroku-redis']);
    expect(parse(appJsonParser, 'app.json', '[1, 2]').problems).toEqual(['not a JSON object']);
    expect(parse(renderYamlParser, 'render.yaml', 'services:\n  - type: web\n  - [oops\n').problems![0]).toMatch(/^not valid YAML/);
    for (const parser of [netlifyTomlParser, vercelJsonParser, flyTomlParser, renderYamlParser, appJsonParser]) {
      expect(() => parse(parser, parser.id, '\u0000\uFFFD{[\u0001')).not.toThrow();
    }
  });
});
