import { describe, expect, it } from 'vitest';
import { composerJsonParser } from './composer-json.js';
import { brief, fixture, parseWith, snippetsMatch } from './testing-1.js';

describe('composer.json', () => {
  it('reads require and require-dev, PHP as the runtime and extensions as packages', () => {
    const content = fixture('composer/composer.json');
    const output = parseWith(composerJsonParser, 'composer.json', content);
    expect(output.problems).toEqual([]);
    expect(output.packageName).toBe('acme/shop');
    expect(brief(output.signals)).toEqual([
      ['runtime', 'php', '^8.2', 6, 'runtime'],
      ['composer', 'ext-pgsql', undefined, 7, 'runtime'],
      ['composer', 'ext-redis', undefined, 8, 'runtime'],
      ['composer', 'laravel/framework', '^11.9', 9, 'runtime'],
      ['composer', 'laravel/horizon', '^5.29', 10, 'runtime'],
      ['composer', 'guzzlehttp/guzzle', '^7.8', 11, 'runtime'],
      ['composer', 'phpunit/phpunit', '^11.0.1', 16, 'dev'],
      ['composer', 'laravel/pint', '^1.13', 17, 'dev'],
      ['composer', 'ext-xdebug', undefined, 18, 'dev'],
    ]);
    expect(snippetsMatch(output.signals, content)).toBe(true);
  });

  it('keeps what it read of broken JSON, and says why', () => {
    const output = parseWith(composerJsonParser, 'composer.json', '{\n  "require": {\n    "symfony/console": "^7.1",\n');
    expect(output.problems![0]).toMatch(/^not valid JSON/);
    expect(brief(output.signals)).toEqual([['composer', 'symfony/console', '^7.1', 3, 'runtime']]);
    expect(parseWith(composerJsonParser, 'composer.json', '\u0000PK junk').problems).toHaveLength(1);
  });
});
