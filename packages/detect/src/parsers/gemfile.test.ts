import { describe, expect, it } from 'vitest';
import { gemfileParser } from './gemfile.js';
import { gemfileLockParser } from './gemfile-lock.js';
import { brief, fixture, parseWith, snippetsMatch } from './testing-1.js';

describe('Gemfile', () => {
  it('reads gems in both quote styles, with or without versions and options, and the scope of their groups', () => {
    const content = fixture('gemfile/app/Gemfile');
    const output = parseWith(gemfileParser, 'Gemfile', content);
    expect(brief(output.signals)).toEqual([
      ['runtime', 'ruby', '3.3.0', 4, 'runtime'],
      ['rubygems', 'rails', '~> 7.1, >= 7.1.3', 6, 'runtime'],
      ['rubygems', 'puma', '>= 5.0', 7, 'runtime'],
      ['rubygems', 'sidekiq', undefined, 8, 'runtime'],
      ['rubygems', 'pg', '~> 1.5', 9, 'runtime'],
      ['rubygems', 'bootsnap', undefined, 10, 'runtime'],
      ['rubygems', 'rack-mini-profiler', undefined, 11, 'dev'],
      ['rubygems', 'capybara', undefined, 12, 'test'],
      ['rubygems', 'redis', '~> 5.0', 13, 'runtime', 'commented out'],
      ['rubygems', 'image_processing', '~> 1.2', 15, 'runtime'],
      ['rubygems', 'debug', undefined, 18, 'runtime'],
      ['rubygems', 'rspec-rails', '~> 6.1', 22, 'dev'],
      ['rubygems', 'rubocop-rails', undefined, 23, 'dev'],
      ['rubygems', 'selenium-webdriver', undefined, 27, 'test'],
      ['rubygems', 'simplecov', undefined, 29, 'test'],
      ['rubygems', 'web-console', undefined, 34, 'dev'],
      ['rubygems', 'tzinfo-data', undefined, 37, 'runtime'],
    ]);
    expect(snippetsMatch(output.signals, content)).toBe(true);
  });

  it('reads a gemspec: runtime and development dependencies, its name and Ruby version', () => {
    const output = parseWith(gemfileParser, 'gem/acme_client.gemspec', fixture('gemfile/gem/acme_client.gemspec'));
    expect(output.packageName).toBe('acme_client');
    expect(brief(output.signals)).toEqual([
      ['runtime', 'ruby', '>= 3.1', 9, 'runtime'],
      ['rubygems', 'faraday', '~> 2.9', 13, 'runtime'],
      ['rubygems', 'zeitwerk', undefined, 14, 'runtime'],
      ['rubygems', 'rspec', '~> 3.13', 15, 'dev'],
    ]);
    expect(brief(parseWith(gemfileParser, 'gem/Gemfile', fixture('gemfile/gem/Gemfile')).signals)).toEqual([['rubygems', 'rake', '~> 13.0', 5, 'runtime']]);
    expect(['Gemfile', 'a/gems.rb', 'x/acme.gemspec'].map(gemfileParser.matches)).toEqual([true, true, true]);
    expect(gemfileParser.matches('Gemfile.lock')).toBe(false);
  });

  it('reads what it can of junk without throwing', () => {
    const output = parseWith(gemfileParser, 'Gemfile', 'end\nend\ngroup :test do\n\u0000\u0001 gem "x\ngem "minitest"\n');
    expect(brief(output.signals)).toEqual([['rubygems', 'minitest', undefined, 5, 'test']]);
  });
});

describe('Gemfile.lock', () => {
  it('gives only the DEPENDENCIES, with resolved versions and the Gemfile scopes', () => {
    const content = fixture('gemfile/app/Gemfile.lock');
    const output = parseWith(gemfileLockParser, 'app/Gemfile.lock', content, { 'app/Gemfile': fixture('gemfile/app/Gemfile') });
    expect(output.problems).toEqual([]);
    expect(brief(output.signals)).toEqual([
      ['rubygems', 'acme-auth', '0.3.0', 38, 'runtime'],
      ['rubygems', 'bootsnap', '1.18.4', 39, 'runtime'],
      ['rubygems', 'capybara', '3.40.0', 40, 'test'],
      ['rubygems', 'debug', '1.9.2', 41, 'runtime'],
      ['rubygems', 'nokogiri', '1.16.7', 42, 'runtime'],
      ['rubygems', 'pg', '1.5.9', 43, 'runtime'],
      ['rubygems', 'puma', '6.4.3', 44, 'runtime'],
      ['rubygems', 'rails', '7.1.3', 45, 'runtime'],
      ['rubygems', 'rspec-rails', '6.1.5', 46, 'dev'],
      ['rubygems', 'sidekiq', '7.3.5', 47, 'runtime'],
      ['runtime', 'ruby', '3.3.0', 50, 'runtime'],
    ]);
    expect(snippetsMatch(output.signals, content)).toBe(true);
    const names = output.signals.map((signal) => signal.name);
    for (const transitive of ['actionpack', 'rack', 'msgpack', 'redis-client', 'nio4r', 'racc']) expect(names).not.toContain(transitive);
  });

  it('leaves out the project\'s own gem, and scopes its gemspec\'s development dependencies', () => {
    const files = { 'gem/Gemfile': fixture('gemfile/gem/Gemfile'), 'gem/acme_client.gemspec': fixture('gemfile/gem/acme_client.gemspec') };
    const output = parseWith(gemfileLockParser, 'gem/Gemfile.lock', fixture('gemfile/gem/Gemfile.lock'), files);
    expect(brief(output.signals)).toEqual([
      ['rubygems', 'rake', '13.2.1', 23, 'runtime'],
      ['rubygems', 'rspec', '3.13.0', 24, 'dev'],
    ]);
  });

  it('leaves out gems of PATH sources: engines of the same tree', () => {
    const lock = 'PATH\n  remote: engines/billing\n  specs:\n    billing (0.1.0)\n\nGEM\n  remote: https://rubygems.org/\n  specs:\n    rails (7.1.3)\n\nDEPENDENCIES\n  billing!\n  rails\n';
    expect(brief(parseWith(gemfileLockParser, 'Gemfile.lock', lock).signals)).toEqual([['rubygems', 'rails', '7.1.3', 13, 'runtime']]);
  });

  it('without its Gemfile, counts every direct gem as runtime; junk is a problem', () => {
    const output = parseWith(gemfileLockParser, 'Gemfile.lock', fixture('gemfile/app/Gemfile.lock'));
    expect(output.signals.find((signal) => signal.name === 'rspec-rails')!.scope).toBe('runtime');
    expect(parseWith(gemfileLockParser, 'Gemfile.lock', '\u0000\u0001garbage{').problems).toHaveLength(1);
  });
});
