import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { pomParser } from './pom.js';

const read = (name: string) => readFileSync(new URL(`./fixtures/pom/${name}`, import.meta.url), 'utf8');
const tree = new Map(['app/pom.xml', 'multi/pom.xml', 'multi/web/pom.xml'].map((path) => [path, read(path)]));
const context = { readText: (path: string) => tree.get(path) };
const parse = (path: string, content = read(path)) => pomParser.parse({ path, content }, context);
const rows = (path: string) => parse(path).signals.map((signal) => [signal.name, signal.version, signal.line, signal.scope, signal.hint]);

describe('pom.xml', () => {
  it('reads pom.xml as a workspace manifest', () => {
    expect(pomParser.matches('pom.xml')).toBe(true);
    expect(pomParser.matches('services/billing/pom.xml')).toBe(true);
    expect(pomParser.matches('pom.xml.bak')).toBe(false);
    expect(pomParser.workspaceManifest).toBe(true);
  });

  it('reads a Spring Boot app: its parent, dependencies by scope, plugins of the build and of profiles', () => {
    const output = parse('app/pom.xml');
    expect(output.problems).toEqual([]);
    expect(output.packageName).toBe('com.example:petclinic');
    expect(rows('app/pom.xml')).toEqual([
      ['org.springframework.boot:spring-boot-starter-parent', '3.3.0', 8, 'runtime', undefined],
      ['org.springframework.boot:spring-boot-starter-web', undefined, 24, 'runtime', undefined],
      ['org.springframework.boot:spring-boot-starter-thymeleaf', undefined, 28, 'runtime', undefined],
      ['org.postgresql:postgresql', undefined, 32, 'runtime', undefined],
      ['jakarta.servlet:jakarta.servlet-api', undefined, 37, 'runtime', undefined],
      ['com.h2database:h2', undefined, 43, 'runtime', 'commented out'],
      ['org.testcontainers:postgresql', '1.19.8', 48, 'test', undefined],
      ['org.springframework.boot:spring-boot-starter-test', undefined, 54, 'test', undefined],
      ['org.springframework.boot:spring-boot-maven-plugin', undefined, 63, 'dev', undefined],
      ['org.apache.maven.plugins:maven-surefire-plugin', undefined, 66, 'dev', undefined],
      ['org.graalvm.buildtools:native-maven-plugin', undefined, 78, 'dev', undefined],
    ]);
    expect(output.signals[0]!.snippet).toBe('<artifactId>spring-boot-starter-parent</artifactId>');
  });

  it('reads of a parent pom only imported BOMs, with versions from its properties; modules and plugin management signal nothing', () => {
    expect(parse('multi/pom.xml').packageName).toBe('com.acme.shop:shop-parent');
    expect(rows('multi/pom.xml')).toEqual([['io.quarkus.platform:quarkus-bom', '3.11.0', 23, 'runtime', undefined]]);
  });

  it('reads a module: no signal for its own parent, versions from the parent properties, a sibling module as a hint', () => {
    const output = parse('multi/web/pom.xml');
    expect(output.packageName).toBe('com.acme.shop:shop-web');
    expect(rows('multi/web/pom.xml')).toEqual([
      ['com.acme.shop:shop-core', '2.4.0', 14, 'runtime', 'a module of the same project'],
      ['io.quarkus:quarkus-rest', undefined, 19, 'runtime', undefined],
      ['com.fasterxml.jackson.core:jackson-databind', '2.17.1', 23, 'runtime', undefined],
      ['io.quarkus:quarkus-junit5', undefined, 28, 'test', undefined],
    ]);
  });

  it('names the parent when its pom is not in the tree, and leaves unknown properties as written', () => {
    const alone = pomParser.parse({ path: 'multi/web/pom.xml', content: read('multi/web/pom.xml') }, { readText: () => undefined });
    expect(alone.signals.map((signal) => [signal.name, signal.version, signal.hint])).toEqual([
      ['com.acme.shop:shop-parent', '2.4.0', undefined],
      ['com.acme.shop:shop-core', '2.4.0', undefined],
      ['io.quarkus:quarkus-rest', undefined, undefined],
      ['com.fasterxml.jackson.core:jackson-databind', '${jackson.version}', undefined],
      ['io.quarkus:quarkus-junit5', undefined, undefined],
    ]);
  });

  it('keeps what precedes broken XML, and reports it', () => {
    const output = parse('pom.xml', read('broken.xml'));
    expect(output.signals.map((signal) => [signal.name, signal.line])).toEqual([['com.google.guava:guava', 7], ['org.slf4j:slf4j-api', 12]]);
    expect(output.problems).toEqual(['not valid XML: unclosed tag: artifactId at line 13']);
  });

  it('does not throw on binary junk or a file that is not a pom', () => {
    const junk = String.fromCharCode(...Array.from({ length: 4000 }, (_, i) => (i * 7919) % 256));
    expect(() => parse('pom.xml', junk)).not.toThrow();
    expect(parse('pom.xml', junk).problems!.length).toBeGreaterThan(0);
    expect(parse('pom.xml', '<settings><servers/></settings>')).toEqual({ signals: [], problems: ['not a Maven project: no <project> root'] });
  });

  it('reads every dependency of a huge pom', () => {
    const dependency = (i: number) => `    <dependency>\n      <groupId>com.example.g${i}</groupId>\n      <artifactId>lib-${i}</artifactId>\n      <version>1.${i}</version>\n    </dependency>`;
    const big = `<project>\n  <groupId>com.acme</groupId>\n  <artifactId>big</artifactId>\n  <dependencies>\n${Array.from({ length: 25000 }, (_, i) => dependency(i)).join('\n')}\n  </dependencies>\n</project>\n`;
    const output = parse('pom.xml', big);
    expect(output.signals).toHaveLength(25000);
    expect(output.signals[1]).toMatchObject({ name: 'com.example.g1:lib-1', version: '1.1', line: 12 });
  });
});
