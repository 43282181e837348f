// Bundles the API into dist/ with the workspace packages inlined (they ship TypeScript source) and every
// npm dependency left external, so PGlite finds its WebAssembly files where npm put them.
import { build } from 'esbuild';

const external = {
  name: 'external-npm-packages',
  setup(context) {
    context.onResolve({ filter: /^[^./]/ }, (args) =>
      args.path.startsWith('@stackyard/') ? undefined : { path: args.path, external: true },
    );
  },
};

await build({
  entryPoints: {
    main: 'src/main.ts',
    migrate: 'src/scripts/migrate.ts',
    seed: 'src/scripts/seed.ts',
    'set-role': 'src/scripts/set-role.ts',
    'stats-sync': 'src/scripts/stats-sync.ts',
  },
  outdir: 'dist',
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  sourcemap: true,
  plugins: [external],
  logLevel: 'warning',
});
