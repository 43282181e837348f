import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createConfig, lintFromString } from '@redocly/openapi-core';
import { allContracts } from '@stackyard/contract';
import openapiTS, { astToString } from 'openapi-typescript';
import ts from 'typescript';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer } from '../../testing/test-server.js';

/** What a client of `schema.ts` writes: every operation by its operationId, and a few answers by path. */
const usage = `import type { operations, paths } from './schema';

export type EveryOperation = [
${allContracts.map((contract) => `  operations[${JSON.stringify(contract.operationId)}],`).join('\n')}
];
// @ts-expect-error -- no contract has this name, so neither does the document
export type Unknown = operations['tools.nothing'];

type ToolPage = paths['/api/v1/tools/{slug}']['get'];
export const sameOperation: operations['tools.get'] = {} as ToolPage;
export const slug: ToolPage['parameters']['path']['slug'] = 'react';
export const name: ToolPage['responses'][200]['content']['application/json']['tool']['name'] = 'React';
export const missing: ToolPage['responses'][404]['content']['application/json'] = {
  error: { code: 'not_found', message: 'Tool was not found' },
};
export const compared: paths['/api/v1/compare']['get']['parameters']['query'] = { tools: 'react,vue' };
`;

/** Strict settings, and nothing from the environment: only the standard library and the two files. */
const compilerOptions: ts.CompilerOptions = {
  strict: true,
  exactOptionalPropertyTypes: true,
  noUncheckedIndexedAccess: true,
  noUnusedLocals: true,
  noEmit: true,
  target: ts.ScriptTarget.ES2022,
  module: ts.ModuleKind.ESNext,
  moduleResolution: ts.ModuleResolutionKind.Bundler,
  lib: ['lib.es2022.d.ts'],
  types: [],
};

describe('the served OpenAPI document, in the hands of other tools', () => {
  let source: string;
  let dir: string;

  beforeAll(async () => {
    const server = await startTestServer();
    try {
      const { status, body } = await server.request('/api/v1/openapi.json');
      expect(status).toBe(200);
      source = JSON.stringify(body);
    } finally {
      await server.stop();
    }
    dir = await mkdtemp(join(tmpdir(), 'stackyard-openapi-'));
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it("passes Redocly's recommended rules with no error and no warning", async () => {
    const config = await createConfig({ extends: ['recommended'] });
    const problems = await lintFromString({ source, absoluteRef: join(dir, 'openapi.json'), config });
    const found = problems.map(({ severity, ruleId, location, message }) => `${severity} ${ruleId} ${location[0]?.pointer ?? ''}: ${message}`);
    expect(found).toEqual([]);
  });

  it('gives openapi-typescript types that compile under strict settings', async () => {
    const schema = astToString(await openapiTS(source, { silent: true }));
    await writeFile(join(dir, 'schema.ts'), schema);
    await writeFile(join(dir, 'usage.ts'), usage);

    const program = ts.createProgram([join(dir, 'schema.ts'), join(dir, 'usage.ts')], compilerOptions);
    const host: ts.FormatDiagnosticsHost = { getCanonicalFileName: (file) => file, getCurrentDirectory: () => dir, getNewLine: () => '\n' };
    const diagnostics = ts.getPreEmitDiagnostics(program).map((diagnostic) => ts.formatDiagnostic(diagnostic, host).trim());
    expect(diagnostics).toEqual([]);
  });
});
