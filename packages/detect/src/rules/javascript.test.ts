import { describe, expect, it } from 'vitest';
import { detect, memoryFiles } from '../engine.js';
import { parsers } from '../parsers/index.js';
import { javascriptRules } from './javascript.js';

const run = (files: Array<{ path: string; content: string }>) => detect(memoryFiles(files), {}, { rules: javascriptRules, parsers });

describe('the JavaScript rules', () => {
  it('name what a typical app declares, and no more: families stay within their own packages', async () => {
    const manifest = {
      name: 'web',
      dependencies: {
        next: '15.0.0',
        '@tanstack/react-query': '5.0.0',
        '@tanstack/react-table': '8.0.0',
        '@radix-ui/react-dialog': '1.0.0',
        'lucide-react': '0.400.0',
        'next-auth': '5.0.0',
        pg: '8.0.0',
        zod: '3.0.0',
      },
      devDependencies: {
        '@types/react': '19.0.0',
        '@types/lodash': '4.0.0',
        'eslint-plugin-react-hooks': '5.0.0',
        'prettier-plugin-tailwindcss': '0.6.0',
        '@testing-library/react': '16.0.0',
        typescript: '5.0.0',
      },
    };
    const result = await run([
      { path: 'package.json', content: JSON.stringify(manifest, null, 2) },
      { path: 'components.json', content: '{}' },
      { path: 'pnpm-lock.yaml', content: '' },
    ]);
    expect(result.tools.map((tool) => tool.slug).sort()).toEqual([
      'authjs', 'lucide', 'nextjs', 'node-postgres', 'pnpm', 'postgresql', 'radix-ui', 'react', 'shadcn-ui', 'tanstack-query', 'tanstack-table', 'testing-library', 'zod',
    ]);
    // Implied, not declared: React by Next.js, PostgreSQL by its driver.
    expect(result.tools.find((tool) => tool.slug === 'react')!.evidence[0]).toMatchObject({ kind: 'implied', package: 'nextjs' });
    expect(result.tools.find((tool) => tool.slug === 'postgresql')!.evidence[0]).toMatchObject({ kind: 'implied', package: 'node-postgres' });
    expect(result.unknown.map((item) => item.name).sort()).toEqual([
      '@types/lodash', '@types/react', 'eslint-plugin-react-hooks', 'prettier-plugin-tailwindcss', 'typescript',
    ]);
  });

  it('tell the TanStack libraries apart by their package names', async () => {
    const names = ['@tanstack/vue-query', '@tanstack/react-router', '@tanstack/router-plugin', '@tanstack/solid-table', '@tanstack/query-core'];
    const found = await Promise.all(
      names.map(async (name) => {
        const result = await run([{ path: 'package.json', content: JSON.stringify({ dependencies: { [name]: '1.0.0' } }) }]);
        return result.tools.map((tool) => tool.slug);
      }),
    );
    expect(found).toEqual([['tanstack-query'], ['tanstack-router'], ['tanstack-router'], ['tanstack-table'], ['tanstack-query']]);
  });
});
