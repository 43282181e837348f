// A benchmark, not a test: times `scan` (walk, read, parse, match) on a generated repository of 10,000 files
// and on this repository, and prints files per second. `npm run pnpm -- bench:scan [--runs N]`.
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import type { Io } from '../src/io.js';
import { scanTree } from '../src/scan.js';

const { values } = parseArgs({ options: { runs: { type: 'string', default: '5' }, files: { type: 'string', default: '10000' } } });
const runs = Math.max(1, Math.min(50, Number(values.runs)));
const fileCount = Math.max(100, Math.min(200_000, Number(values.files)));
const quiet: Io = { out: () => {}, err: () => {}, progress: () => {}, cwd: process.cwd() };

/** A monorepo-shaped tree: services in five ecosystems, each with its manifests, sources and tests. */
async function generate(root: string, total: number): Promise<void> {
  const kinds = [
    { manifest: 'package.json', content: (n: number) => JSON.stringify({ name: `svc-${n}`, dependencies: { react: '^19.0.0', next: '15.0.0', zod: '^4.0.0' }, devDependencies: { vitest: '^4.0.0', typescript: '~5.9.0' } }, null, 2), ext: '.ts' },
    { manifest: 'requirements.txt', content: () => 'django[bcrypt]~=5.2\ncelery[redis]==5.4.0\npsycopg[binary]>=3.2\n# pytest==8.0\n', ext: '.py' },
    { manifest: 'go.mod', content: (n: number) => `module example.com/svc${n}\n\ngo 1.22\n\nrequire (\n\tgithub.com/gin-gonic/gin v1.10.0\n\tgithub.com/jackc/pgx/v5 v5.6.0\n\tgolang.org/x/sys v0.20.0 // indirect\n)\n`, ext: '.go' },
    { manifest: 'Gemfile', content: () => "source 'https://rubygems.org'\n\ngem 'rails', '~> 8.0'\ngem 'puma'\ngem \"sidekiq\"\n\ngroup :test do\n  gem 'rspec-rails'\nend\n", ext: '.rb' },
    { manifest: 'Cargo.toml', content: (n: number) => `[package]\nname = "svc${n}"\nversion = "0.1.0"\n\n[dependencies]\ntokio = { version = "1", features = ["full"] }\nserde = "1"\naxum = "0.7"\n`, ext: '.rs' },
  ];
  const perService = 50;
  const services = Math.ceil(total / perService);
  let written = 0;
  for (let service = 0; service < services && written < total; service++) {
    const kind = kinds[service % kinds.length]!;
    const folder = join(root, 'services', `svc-${service}`);
    await mkdir(join(folder, 'src'), { recursive: true });
    await writeFile(join(folder, kind.manifest), kind.content(service));
    written++;
    await writeFile(join(folder, 'Dockerfile'), 'FROM docker.io/library/node:20-alpine AS build\nRUN apk add --no-cache curl\nFROM gcr.io/distroless/nodejs20\n');
    written++;
    for (let file = 0; file < perService - 2 && written < total; file++, written++) {
      await writeFile(join(folder, 'src', `module-${file}${kind.ext}`), `// module ${file} of service ${service}\n`);
    }
    if (service % 200 === 0) process.stderr.write(`\rgenerating: ${written}/${total} files`);
  }
  await mkdir(join(root, 'node_modules', 'left-pad'), { recursive: true });
  await writeFile(join(root, 'node_modules', 'left-pad', 'package.json'), '{}');
  await writeFile(join(root, '.gitignore'), 'node_modules/\n');
  process.stderr.write(`\rgenerating: ${written}/${total} files\n`);
}

async function time(label: string, root: string): Promise<void> {
  const seconds: number[] = [];
  let files = 0;
  let tools = 0;
  await scanTree(root, quiet); // warm: the file system cache, the rules index
  for (let run = 1; run <= runs; run++) {
    process.stderr.write(`\r${label}: run ${run}/${runs}`);
    const scan = await scanTree(root, quiet);
    seconds.push(scan.seconds);
    files = scan.files;
    tools = scan.result.tools.length;
  }
  process.stderr.write('\r');
  seconds.sort((a, b) => a - b);
  const median = seconds[Math.floor(seconds.length / 2)]!;
  console.log(
    `${label.padEnd(34)} ${String(files).padStart(7)} files  ${String(tools).padStart(4)} tools  median ${median.toFixed(3)} s  ` +
      `(min ${seconds[0]!.toFixed(3)}, max ${seconds.at(-1)!.toFixed(3)})  ${Math.round(files / median).toLocaleString('en')} files/s`,
  );
}

const generated = await mkdtemp(join(tmpdir(), 'stackyard-scan-bench-'));
try {
  await generate(generated, fileCount);
  console.log(`scan, ${runs} runs each, on ${process.platform} ${process.arch}, Node ${process.version}`);
  await time(`generated repository (${fileCount.toLocaleString('en')})`, generated);
  await time('this repository', fileURLToPath(new URL('../../..', import.meta.url)));
} finally {
  await rm(generated, { recursive: true, force: true });
}
