import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { gradleParser } from './gradle.js';

const read = (path: string) => readFileSync(new URL(`./fixtures/gradle/${path}`, import.meta.url), 'utf8');
const tree = new Map(['gradle/libs.versions.toml', 'build.gradle.kts', 'app/build.gradle.kts', 'legacy/build.gradle'].map((path) => [path, read(path)]));
const context = { readText: (path: string) => tree.get(path) };
const parse = (path: string, content = read(path)) => gradleParser.parse({ path, content }, context);
const rows = (path: string) => parse(path).signals.map((signal) => [signal.name, signal.version, signal.line, signal.scope, ...(signal.hint ? [signal.hint] : [])]);

describe('build.gradle(.kts)', () => {
  it('reads Groovy and Kotlin build scripts as workspace manifests, not settings', () => {
    expect(gradleParser.matches('build.gradle')).toBe(true);
    expect(gradleParser.matches('app/build.gradle.kts')).toBe(true);
    expect(gradleParser.matches('settings.gradle.kts')).toBe(false);
    expect(gradleParser.matches('gradle/libs.versions.toml')).toBe(false);
    expect(gradleParser.workspaceManifest).toBe(true);
  });

  it('reads the Kotlin DSL: plugins, every dependency notation, catalog references and bundles, by configuration', () => {
    const output = parse('app/build.gradle.kts');
    expect(output.problems ?? []).toEqual([]);
    expect(rows('app/build.gradle.kts')).toEqual([
      ['org.springframework.boot:org.springframework.boot.gradle.plugin', '3.3.0', 4, 'dev'],
      ['io.spring.dependency-management:io.spring.dependency-management.gradle.plugin', '1.1.5', 5, 'dev'],
      ['org.jetbrains.kotlin.jvm:org.jetbrains.kotlin.jvm.gradle.plugin', undefined, 6, 'dev'],
      ['org.jetbrains.kotlin.plugin.spring:org.jetbrains.kotlin.plugin.spring.gradle.plugin', '2.0.0', 7, 'dev'],
      ['io.gitlab.arturbosch.detekt:io.gitlab.arturbosch.detekt.gradle.plugin', '1.23.6', 8, 'dev'],
      ['org.springframework.boot:spring-boot-dependencies', '3.3.0', 16, 'runtime'],
      ['org.springframework.boot:spring-boot-starter-web', '3.3.0', 17, 'runtime'],
      ['org.springframework.boot:spring-boot-starter', '3.3.0', 18, 'runtime'],
      ['org.jetbrains.kotlin:kotlin-reflect', undefined, 19, 'runtime'],
      ['io.micrometer:micrometer-registry-prometheus', '1.13.0', 20, 'runtime'],
      ['org.flywaydb:flyway-core', undefined, 23, 'runtime'],
      ['org.redisson:redisson', '3.30.0', 25, 'runtime', 'commented out'],
      ['org.projectlombok:lombok', '1.18.32', 26, 'dev'],
      ['org.projectlombok:lombok', '1.18.32', 27, 'dev'],
      ['org.springframework.boot:spring-boot-devtools', undefined, 28, 'dev'],
      ['org.springframework.boot:spring-boot-starter-test', undefined, 29, 'test'],
      ['org.testcontainers:postgresql', '1.19.8', 30, 'test'],
      ['org.testcontainers:junit-jupiter', '1.19.8', 30, 'test'],
      ['com.google.guava:guava', '33.2.0-jre', 33, 'runtime'],
    ]);
    expect(output.signals.find((signal) => signal.name === 'com.google.guava:guava')!.snippet).toBe('name = "guava",');
  });

  it('resolves plugin aliases of the root build through the catalog, `apply false` or not', () => {
    expect(rows('build.gradle.kts')).toEqual([
      ['org.springframework.boot:org.springframework.boot.gradle.plugin', '3.3.0', 2, 'dev'],
      ['org.jetbrains.kotlin.jvm:org.jetbrains.kotlin.jvm.gradle.plugin', '2.0.0', 3, 'dev'],
    ]);
  });

  it('reads the Groovy DSL: buildscript classpaths, applied plugins, map notation, several per line, variables', () => {
    expect(rows('legacy/build.gradle')).toEqual([
      ['com.google.protobuf:protobuf-gradle-plugin', '0.9.4', 4, 'dev'],
      ['org.flywaydb.flyway:org.flywaydb.flyway.gradle.plugin', '10.15.0', 10, 'dev'],
      ['com.google.protobuf:com.google.protobuf.gradle.plugin', undefined, 13, 'dev'],
      ['io.grpc:grpc-netty-shaded', undefined, 19, 'runtime'],
      ['io.grpc:grpc-protobuf', '1.64.0', 20, 'runtime'],
      ['org.apache.kafka:kafka-clients', '3.7.0', 21, 'runtime'],
      ['org.slf4j:slf4j-api', '2.0.13', 22, 'runtime'],
      ['ch.qos.logback:logback-classic', '1.5.6', 22, 'runtime'],
      ['junit:junit', '4.13.2', 24, 'test'],
      ['androidx.test.espresso:espresso-core', '3.5.1', 25, 'test'],
    ]);
  });

  it('leaves catalog references unresolved when there is no catalog, and never throws on junk or a huge script', () => {
    const alone = gradleParser.parse({ path: 'app/build.gradle.kts', content: read('app/build.gradle.kts') }, { readText: () => undefined });
    expect(alone.signals.map((signal) => signal.name)).not.toContain('org.flywaydb:flyway-core');
    const junk = String.fromCharCode(...Array.from({ length: 4000 }, (_, i) => (i * 7919) % 256));
    expect(() => parse('build.gradle', junk)).not.toThrow();
    expect(() => parse('build.gradle', 'dependencies {\n  implementation("a:b:1"\n  "unclosed\n/* never closed')).not.toThrow();
    const big = `dependencies {\n${Array.from({ length: 50000 }, (_, i) => `    implementation("com.example:lib-${i}:1.${i}") // note`).join('\n')}\n}\n`;
    expect(parse('build.gradle.kts', big).signals).toHaveLength(50000);
  });
});
