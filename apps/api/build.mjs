// Bundles the API into dist/ with the workspace packages inlined (they ship TypeScript source) and every
// npm dependency left external, so PGlite finds its WebAssembly files where npm put them.
import { readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { build } from 'esbuild';

// The bundle loads its npm packages from apps/api/node_modules at run time, and pnpm gives a package only
// what it declares: an npm package that an inlined workspace package imports must be a dependency here too.
// The catalogue reads the icon packages (@iconify-json/logos, simple-icons) from disk at run time rather than
// importing them, which this check cannot see: they are declared by hand, and build.integration.test.ts
// runs the bundle to prove it finds them.
const { dependencies } = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8'));
const packageOf = (path) => path.split('/').slice(0, path.startsWith('@') ? 2 : 1).join('/');
const builtins = new Set(builtinModules);

const external = {
  name: 'external-npm-packages',
  setup(context) {
    context.onResolve({ filter: /^[^./]/ }, (args) => {
      if (args.path.startsWith('@stackyard/')) return undefined;
      const name = packageOf(args.path);
      if (!args.path.startsWith('node:') && !builtins.has(name) && !(name in dependencies)) {
        return { errors: [{ text: `${name} (imported by ${args.importer}) must be a dependency of @stackyard/api: the bundle loads it from there` }] };
      }
      return { path: args.path, external: true };
    });
  },
};

// `node build.mjs [outdir]`: dist/ unless told otherwise (the build test bundles into a folder of its own).
const outdir = process.argv[2] ?? 'dist';

await build({
  entryPoints: {
    main: 'src/main.ts',
    migrate: 'src/scripts/migrate.ts',
    seed: 'src/scripts/seed.ts',
    'set-role': 'src/scripts/set-role.ts',
    'stats-sync': 'src/scripts/stats-sync.ts',
    dump: 'src/scripts/dump.ts',
    backup: 'src/scripts/backup.ts',
    restore: 'src/scripts/restore.ts',
  },
  outdir,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  sourcemap: true,
  plugins: [external],
  logLevel: 'warning',
});
