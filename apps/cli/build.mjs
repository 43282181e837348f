// Bundles the CLI into one file with everything inlined (the workspace packages, the catalogue and rules,
// and every npm dependency), so the package `npm pack` makes from dist/package installs and runs anywhere
// Node 20 does, with no dependency to fetch: `scan` works offline.
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { build } from 'esbuild';

const own = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8'));
// `node build.mjs [folder] [--pack]`: dist/ unless told otherwise (the packing test builds into a folder of its own).
const root = process.argv.slice(2).find((arg) => !arg.startsWith('--')) ?? 'dist';
const out = `${root}/package`;
rmSync(root, { recursive: true, force: true });
mkdirSync(`${out}/bin`, { recursive: true });

await build({
  absWorkingDir: new URL('.', import.meta.url).pathname,
  entryPoints: ['src/cli.ts'],
  outfile: `${out}/bin/stackyard.mjs`,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  // ES module builds first: jsonc-parser's `main` is a UMD file whose require() of its parts esbuild cannot follow.
  mainFields: ['module', 'main'],
  minify: true,
  legalComments: 'external',
  // CommonJS dependencies inlined into an ES module still call require() for Node's own modules.
  banner: { js: "#!/usr/bin/env node\nimport { createRequire as __createRequire } from 'node:module';\nconst require = __createRequire(import.meta.url);" },
  logLevel: 'warning',
});

writeFileSync(
  `${out}/package.json`,
  `${JSON.stringify(
    {
      name: 'stackyard',
      version: own.version,
      description: 'Detect the stack of a repository from its manifests, each tool with the file and line that show it, and share it on Stackyard',
      license: 'MIT',
      type: 'module',
      bin: { stackyard: 'bin/stackyard.mjs' },
      files: ['bin', 'README.md', 'LICENSE'],
      engines: { node: '>=20.19' },
    },
    null,
    2,
  )}\n`,
);
copyFileSync(new URL('./README.md', import.meta.url), `${out}/README.md`);
copyFileSync(new URL('../../LICENSE', import.meta.url), `${out}/LICENSE`);
if (process.argv.includes('--pack')) {
  execFileSync('npm', ['pack', '--silent', '--pack-destination', '..'], { cwd: out, stdio: ['ignore', 'inherit', 'inherit'] });
}
