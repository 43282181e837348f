import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['**/dist/**', '**/node_modules/**', '**/.data/**', '**/coverage/**', '**/.react-router/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-console': 'off',
    },
  },
  {
    // Web pages use the light client of @stackyard/contract/browser: the full client (with every response
    // schema, and zod) is for the server render alone, reached through lib/server-api.ts.
    files: ['apps/web/src/**/*.{ts,tsx}'],
    ignores: ['apps/web/src/lib/server-api.ts', 'apps/web/src/**/*.test.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { paths: [{ name: '@stackyard/contract', message: 'Import from @stackyard/contract/browser (types may come from @stackyard/contract).', allowTypeImports: true }] },
      ],
    },
  },
);
