import { describe, expect, it } from 'vitest';
import { exampleFiles } from '../testing/example-files.js';
import type { MatcherKind, Parser } from '../types.js';
import { composerJsonParser } from './composer-json.js';
import { gemfileParser } from './gemfile.js';
import { mixExsParser } from './mix-exs.js';
import { packageJsonParser } from './package-json.js';

/** Each kind this group's parsers read, the parser that reads its example file, and names a rule may use. */
const KINDS: ReadonlyArray<[MatcherKind, Parser, string[]]> = [
  ['npm', packageJsonParser, ['x', 'react', '@radix-ui/react-dialog', '@tanstack/react-query']],
  ['rubygems', gemfileParser, ['x', 'rails', 'rspec-rails', 'image_processing', 'net-http2']],
  ['composer', composerJsonParser, ['x', 'laravel/framework', 'phpunit/phpunit', 'ext-pgsql']],
  ['hex', mixExsParser, ['x', 'phoenix', 'phoenix_live_view', 'ecto_sql']],
];

describe('the example files of group 1\'s kinds', () => {
  for (const [kind, parser, names] of KINDS) {
    it(`give a ${kind} signal of the name, through the ${parser.id} parser`, () => {
      for (const name of names) {
        const [file] = exampleFiles(kind, name);
        expect(parser.matches(file!.path)).toBe(true);
        const output = parser.parse(file!, { readText: () => undefined });
        expect(output.signals.filter((signal) => signal.kind === kind && !signal.hint).map((signal) => signal.name)).toEqual([name]);
        expect(output.problems ?? []).toEqual([]);
      }
    });
  }
});
