import type { ToolSeed } from '@stackyard/catalogue';

/**
 * GitHub stars and forks for the demo, as if a sync had run a few days before "now", so that a fresh site
 * shows figures where a real one would. Only tools whose repository the catalogue knows get them (the
 * others stay null: "not synced yet", never 0), and the first real `stats:sync` overwrites them all.
 */
export interface DemoGithubFigures {
  tool: string;
  stars: number;
  forks: number;
  syncedAt: Date;
}

/**
 * Rounded figures of well-known repositories, so that their pages look like the real ones (Gunicorn and
 * Passenger as the reference page shows them); every other repository gets figures derived from its name.
 */
export const knownGithubFigures: Readonly<Record<string, { stars: number; forks: number }>> = {
  'benoitc/gunicorn': { stars: 10_300, forks: 1_800 },
  'phusion/passenger': { stars: 5_100, forks: 557 },
  'nginx/nginx': { stars: 26_000, forks: 7_200 },
  'puma/puma': { stars: 7_800, forks: 1_400 },
  'unbit/uwsgi': { stars: 3_500, forks: 690 },
  'Kludex/uvicorn': { stars: 9_500, forks: 800 },
  'caddyserver/caddy': { stars: 64_000, forks: 4_400 },
  'apache/httpd': { stars: 3_700, forks: 1_200 },
  'apache/tomcat': { stars: 7_800, forks: 5_200 },
  'facebook/react': { stars: 238_000, forks: 49_300 },
  'vuejs/core': { stars: 50_500, forks: 8_600 },
  'angular/angular': { stars: 98_000, forks: 26_300 },
  'sveltejs/svelte': { stars: 82_000, forks: 4_400 },
  'vercel/next.js': { stars: 133_000, forks: 28_800 },
  'nodejs/node': { stars: 112_000, forks: 31_500 },
  'python/cpython': { stars: 67_000, forks: 32_500 },
  'openjdk/jdk': { stars: 21_000, forks: 6_100 },
  'golang/go': { stars: 128_000, forks: 18_200 },
  'rust-lang/rust': { stars: 104_000, forks: 13_600 },
  'microsoft/TypeScript': { stars: 105_000, forks: 12_800 },
  'ruby/ruby': { stars: 22_900, forks: 5_500 },
  'django/django': { stars: 84_000, forks: 32_800 },
  'rails/rails': { stars: 57_000, forks: 21_900 },
  'laravel/framework': { stars: 33_500, forks: 11_300 },
  'spring-projects/spring-boot': { stars: 77_000, forks: 41_300 },
  'pallets/flask': { stars: 70_000, forks: 16_500 },
  'fastapi/fastapi': { stars: 87_000, forks: 7_600 },
  'expressjs/express': { stars: 67_000, forks: 17_800 },
  'twbs/bootstrap': { stars: 172_000, forks: 79_000 },
  'tailwindlabs/tailwindcss': { stars: 88_000, forks: 4_600 },
  'mui/material-ui': { stars: 95_000, forks: 32_500 },
  'foundation/foundation-sites': { stars: 29_700, forks: 5_500 },
  'Dogfalo/materialize': { stars: 38_900, forks: 4_700 },
  'jquery/jquery': { stars: 59_500, forks: 20_600 },
  'postgres/postgres': { stars: 18_000, forks: 5_000 },
  'redis/redis': { stars: 70_000, forks: 24_000 },
  'mongodb/mongo': { stars: 27_000, forks: 5_700 },
  'elastic/elasticsearch': { stars: 72_000, forks: 25_200 },
  'kubernetes/kubernetes': { stars: 115_000, forks: 41_000 },
  'moby/moby': { stars: 69_500, forks: 18_800 },
  'hashicorp/terraform': { stars: 45_000, forks: 9_800 },
  'prometheus/prometheus': { stars: 58_000, forks: 9_600 },
  'grafana/grafana': { stars: 68_000, forks: 12_800 },
  'flyway/flyway': { stars: 8_600, forks: 1_550 },
  'liquibase/liquibase': { stars: 5_000, forks: 1_900 },
  'sidekiq/sidekiq': { stars: 13_300, forks: 2_400 },
  'celery/celery': { stars: 26_000, forks: 4_800 },
  'microsoft/vscode': { stars: 173_000, forks: 33_000 },
  'vitejs/vite': { stars: 73_000, forks: 6_700 },
  'webpack/webpack': { stars: 65_000, forks: 9_000 },
};

const HOUR = 60 * 60 * 1000;

/** FNV-1a of the text, as a fraction in [0, 1): the same repository gets the same figures on every run. */
function fraction(text: string): number {
  let hash = 0x811c9dc5;
  for (let index = 0; index < text.length; index++) {
    hash ^= text.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash / 2 ** 32;
}

/** Two or three significant digits, as a page would abbreviate them anyway. */
function round(value: number): number {
  const step = 10 ** Math.max(0, Math.floor(Math.log10(value)) - 2);
  return Math.round(value / step) * step;
}

/**
 * The figures of every catalogue tool with a repository: the known ones as listed, the others between 800
 * and 40,000 stars (more of the small ones), with 4-25% as many forks. Each was synced 1-10 days before now.
 */
export function demoGithubFigures(tools: readonly ToolSeed[], now: Date): DemoGithubFigures[] {
  return tools.flatMap((tool) => {
    if (!tool.github) return [];
    const known = knownGithubFigures[tool.github];
    const stars = known?.stars ?? round(800 * 50 ** fraction(`${tool.github}:stars`));
    const forks = known?.forks ?? round(stars * (0.04 + 0.21 * fraction(`${tool.github}:forks`)));
    const syncedAt = new Date(now.getTime() - Math.round((24 + 216 * fraction(`${tool.github}:synced`)) * HOUR));
    return [{ tool: tool.slug, stars, forks, syncedAt }];
  });
}
