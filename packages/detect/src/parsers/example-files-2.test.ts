import { describe, expect, it } from 'vitest';
import { exampleFiles } from '../testing/example-files.js';
import type { MatcherKind, Parser } from '../types.js';
import { cargoParser } from './cargo.js';
import { msbuildProjectParser } from './csproj.js';
import { goModParser } from './go-mod.js';
import { parsers } from './index.js';
import { pomParser } from './pom.js';
import { toolVersionsParser } from './tool-versions.js';

const context = { readText: () => undefined };

/** The kinds group 2 reads, the parser that reads each kind's example file, and names as rules write them. */
const KINDS: ReadonlyArray<[MatcherKind, Parser, string[]]> = [
  ['gomod', goModParser, ['x', 'github.com/gin-gonic/gin', 'go.opentelemetry.io/otel', 'github.com/redis/go-redis/v9']],
  ['cargo', cargoParser, ['x', 'serde', 'tokio', 'serde_json']],
  ['maven', pomParser, ['org.example:x', 'org.springframework.boot:spring-boot-starter-web', 'com.h2database:h2']],
  ['nuget', msbuildProjectParser, ['x', 'Newtonsoft.Json', 'Microsoft.EntityFrameworkCore']],
  ['runtime', toolVersionsParser, ['x', 'nodejs', 'python', 'terraform']],
];

describe('the example files of the kinds group 2 reads', () => {
  for (const [kind, parser, names] of KINDS) {
    it(`${kind}: the example file of a name gives a ${kind} signal of that name`, () => {
      for (const name of names) {
        const [file] = exampleFiles(kind, name);
        expect(parser.matches(file!.path)).toBe(true);
        const { signals, problems } = parser.parse(file!, context);
        expect(problems ?? []).toEqual([]);
        expect(signals.filter((signal) => signal.kind === kind && signal.name === name && !signal.hint)).toHaveLength(1);
      }
    });

    it(`${kind}: the registered parsers read the example file`, () => {
      const [file] = exampleFiles(kind, 'x');
      expect(parsers.filter((candidate) => candidate.matches(file!.path))).toContain(parser);
    });
  }
});
