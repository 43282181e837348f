import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { accessorOf, libsVersionsTomlParser } from './libs-versions-toml.js';

const context = { readText: () => undefined };
const content = readFileSync(new URL('./fixtures/gradle/gradle/libs.versions.toml', import.meta.url), 'utf8');

describe('libs.versions.toml', () => {
  it('reads Gradle version catalogs', () => {
    expect(libsVersionsTomlParser.matches('gradle/libs.versions.toml')).toBe(true);
    expect(libsVersionsTomlParser.matches('build-logic/gradle/libs.versions.toml')).toBe(true);
    expect(libsVersionsTomlParser.matches('gradle/deps.versions.toml')).toBe(true);
    expect(libsVersionsTomlParser.matches('versions.toml')).toBe(false);
  });

  it('writes an alias as the build files do', () => {
    expect(accessorOf('spring-boot-starter-web')).toBe('spring.boot.starter.web');
    expect(accessorOf('flyway_core')).toBe('flyway.core');
  });

  it('signals every library and plugin it declares, runtime, with versions from [versions]', () => {
    const output = libsVersionsTomlParser.parse({ path: 'gradle/libs.versions.toml', content }, context);
    expect(output.problems).toEqual([]);
    expect(output.signals.map((signal) => [signal.kind, signal.name, signal.version, signal.line, signal.scope])).toEqual([
      ['maven', 'org.springframework.boot:spring-boot-starter-web', '3.3.0', 7, 'runtime'],
      ['maven', 'org.springframework.boot:spring-boot-starter', '3.3.0', 8, 'runtime'],
      ['maven', 'com.fasterxml.jackson.module:jackson-module-kotlin', '2.17.1', 9, 'runtime'],
      ['maven', 'org.flywaydb:flyway-core', undefined, 10, 'runtime'],
      ['maven', 'org.testcontainers:postgresql', '1.19.8', 11, 'runtime'],
      ['maven', 'org.testcontainers:junit-jupiter', '1.19.8', 12, 'runtime'],
      ['maven', 'org.springframework.boot:org.springframework.boot.gradle.plugin', '3.3.0', 18, 'runtime'],
      ['maven', 'org.jetbrains.kotlin.jvm:org.jetbrains.kotlin.jvm.gradle.plugin', '2.0.0', 19, 'runtime'],
      ['maven', 'io.gitlab.arturbosch.detekt:io.gitlab.arturbosch.detekt.gradle.plugin', '1.23.6', 20, 'runtime'],
    ]);
    expect(output.signals[2]!.snippet).toBe('jackson-kotlin = "com.fasterxml.jackson.module:jackson-module-kotlin:2.17.1"');
  });

  it('keeps what precedes a TOML error, and reports it', () => {
    const broken = '[libraries]\nguava = "com.google.guava:guava:33.2.0-jre"\nokhttp = { module = "com.squareup.okhttp3:okhttp" \n';
    const output = libsVersionsTomlParser.parse({ path: 'gradle/libs.versions.toml', content: broken }, context);
    expect(output.signals.map((signal) => [signal.name, signal.line])).toEqual([['com.google.guava:guava', 2]]);
    expect(output.problems).toEqual(['not valid TOML: expected comma or end of structure at line 4']);
  });
});
