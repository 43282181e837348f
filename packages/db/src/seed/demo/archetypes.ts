/**
 * Shapes of real stacks. Each slot lists alternatives (one is picked) and how likely the slot is filled, so
 * that a Rails stack has Ruby, Puma or Passenger, PostgreSQL..., and a Django stack Python, Gunicorn...
 * Slugs missing from the catalogue are skipped, so the generator survives catalogue edits.
 */
export interface Slot {
  choices: readonly string[];
  probability: number;
}

export interface Archetype {
  name: string;
  weight: number;
  names: readonly string[];
  slots: readonly Slot[];
}

const always = (...choices: string[]): Slot => ({ choices, probability: 1 });
const often = (...choices: string[]): Slot => ({ choices, probability: 0.7 });
const sometimes = (...choices: string[]): Slot => ({ choices, probability: 0.35 });

/** Tools any team might add, whatever it builds with. */
const teamTools: readonly Slot[] = [
  often('github', 'github', 'gitlab', 'bitbucket'),
  always('git'),
  sometimes('slack', 'slack', 'microsoft-teams', 'discord'),
  sometimes('jira', 'linear', 'trello', 'asana'),
  sometimes('sentry', 'datadog', 'new-relic', 'honeybadger', 'rollbar'),
  sometimes('visual-studio-code', 'intellij-idea', 'neovim', 'vim'),
  sometimes('figma', 'notion', 'confluence'),
  sometimes('docker'),
];

export const archetypes: readonly Archetype[] = [
  {
    name: 'rails',
    weight: 14,
    names: ['Storefront', 'Billing', 'Marketplace', 'Helpdesk', 'Booking', 'Monolith', 'Shop'],
    slots: [
      always('ruby'),
      always('rails'),
      always('passenger', 'puma', 'puma', 'unicorn', 'passenger'),
      always('postgresql', 'postgresql', 'mysql'),
      often('redis'),
      often('sidekiq', 'sidekiq', 'resque'),
      often('nginx', 'nginx', 'apache-http-server'),
      sometimes('heroku', 'amazon-ec2', 'digitalocean', 'render'),
      sometimes('circleci', 'github-actions', 'travis-ci'),
      sometimes('rspec', 'rubocop', 'bundler'),
      sometimes('stimulus', 'react', 'jquery', 'bootstrap', 'tailwindcss'),
      ...teamTools,
    ],
  },
  {
    name: 'django',
    weight: 13,
    names: ['Analytics', 'Newsroom', 'Admin', 'Learning Platform', 'Research Portal', 'API'],
    slots: [
      always('python'),
      always('django', 'django', 'flask', 'fastapi'),
      always('gunicorn', 'gunicorn', 'uwsgi', 'uvicorn', 'passenger'),
      always('postgresql', 'postgresql', 'mysql'),
      often('nginx'),
      often('celery'),
      often('redis', 'rabbitmq'),
      sometimes('amazon-ec2', 'heroku', 'google-cloud-platform', 'amazon-s3'),
      sometimes('github-actions', 'jenkins', 'gitlab-ci'),
      sometimes('pytest', 'black', 'ruff', 'poetry', 'pip'),
      sometimes('react', 'vuejs', 'htmx', 'bootstrap'),
      sometimes('elasticsearch'),
      ...teamTools,
    ],
  },
  {
    name: 'node',
    weight: 16,
    names: ['Web App', 'Dashboard', 'Realtime Chat', 'SaaS', 'Checkout', 'Platform', 'Console'],
    slots: [
      always('javascript', 'typescript', 'typescript'),
      always('nodejs'),
      always('expressjs', 'nestjs', 'fastify', 'koa', 'nextjs'),
      always('react', 'react', 'vuejs', 'angular', 'svelte'),
      often('postgresql', 'mongodb', 'mysql'),
      often('redis'),
      sometimes('prisma', 'typeorm', 'sequelize', 'drizzle'),
      sometimes('nginx', 'passenger', 'caddy'),
      sometimes('vercel', 'netlify', 'heroku', 'amazon-web-services', 'aws-lambda'),
      often('webpack', 'vite', 'esbuild'),
      sometimes('jest', 'vitest', 'cypress', 'playwright'),
      sometimes('eslint'),
      sometimes('prettier'),
      sometimes('npm', 'yarn', 'pnpm'),
      sometimes('tailwindcss', 'bootstrap', 'material-ui'),
      sometimes('graphql', 'apollo'),
      sometimes('stripe', 'auth0', 'sendgrid'),
      ...teamTools,
    ],
  },
  {
    name: 'meteor',
    weight: 3,
    names: ['Realtime Board', 'Collaboration App', 'Prototype'],
    slots: [
      always('javascript'),
      always('meteor'),
      always('nodejs'),
      always('mongodb'),
      always('passenger', 'nginx'),
      often('react', 'blaze'),
      sometimes('galaxy', 'heroku', 'digitalocean'),
      ...teamTools,
    ],
  },
  {
    name: 'laravel',
    weight: 8,
    names: ['CMS', 'Portal', 'Shop', 'Intranet', 'Bookings'],
    slots: [
      always('php'),
      always('laravel', 'laravel', 'symfony'),
      always('nginx', 'apache-http-server', 'swoole', 'caddy'),
      always('mysql', 'mariadb', 'postgresql'),
      often('redis'),
      sometimes('composer'),
      sometimes('vuejs', 'jquery', 'alpinejs', 'tailwindcss', 'bootstrap'),
      sometimes('digitalocean', 'amazon-ec2', 'hetzner-cloud'),
      sometimes('github-actions', 'gitlab-ci'),
      ...teamTools,
    ],
  },
  {
    name: 'jvm',
    weight: 9,
    names: ['Payments', 'Core Banking', 'Order Service', 'Inventory', 'Ledger'],
    slots: [
      always('java', 'java', 'kotlin', 'scala'),
      always('spring-boot'),
      often('apache-tomcat', 'jetty'),
      always('postgresql', 'mysql', 'oracle-database'),
      often('kafka', 'rabbitmq'),
      sometimes('hibernate'),
      often('maven', 'gradle'),
      often('jenkins', 'github-actions', 'teamcity'),
      often('kubernetes', 'docker'),
      sometimes('prometheus', 'grafana', 'elasticsearch', 'kibana'),
      sometimes('junit'),
      sometimes('angular', 'react'),
      sometimes('amazon-web-services', 'microsoft-azure', 'google-cloud-platform'),
      ...teamTools,
    ],
  },
  {
    name: 'go',
    weight: 8,
    names: ['Gateway', 'Ingest Pipeline', 'Edge Service', 'Metrics Collector', 'Scheduler'],
    slots: [
      always('go'),
      often('gin', 'echo', 'fiber'),
      always('postgresql', 'cassandra', 'cockroachdb', 'redis'),
      often('kubernetes'),
      often('docker'),
      often('prometheus'),
      sometimes('grafana'),
      sometimes('nats', 'kafka'),
      sometimes('terraform'),
      sometimes('envoy', 'traefik', 'nginx', 'haproxy'),
      sometimes('google-cloud-platform', 'amazon-web-services'),
      sometimes('github-actions', 'circleci'),
      ...teamTools,
    ],
  },
  {
    name: 'dotnet',
    weight: 5,
    names: ['Line of Business', 'Claims Portal', 'ERP Connector', 'Scheduling'],
    slots: [
      always('csharp'),
      always('dotnet'),
      often('aspnet-core'),
      often('microsoft-iis'),
      always('microsoft-sql-server', 'postgresql'),
      often('microsoft-azure'),
      sometimes('visual-studio', 'visual-studio-code'),
      sometimes('azure-devops', 'github-actions'),
      sometimes('angular', 'react'),
      ...teamTools,
    ],
  },
  {
    name: 'data',
    weight: 6,
    names: ['Data Platform', 'Warehouse', 'ML Pipeline', 'Recommendations', 'Forecasting'],
    slots: [
      always('python'),
      often('apache-airflow', 'dagster', 'prefect'),
      often('apache-spark', 'dbt'),
      always('snowflake', 'google-bigquery', 'amazon-redshift', 'postgresql'),
      often('pandas', 'jupyter'),
      sometimes('pytorch', 'tensorflow', 'scikit-learn'),
      sometimes('kafka'),
      sometimes('metabase', 'tableau', 'looker'),
      sometimes('amazon-s3', 'google-cloud-storage'),
      sometimes('docker', 'kubernetes'),
      ...teamTools,
    ],
  },
  {
    name: 'mobile',
    weight: 5,
    names: ['Mobile App', 'Companion App', 'Field App'],
    slots: [
      always('react-native', 'flutter', 'swift', 'kotlin'),
      often('firebase', 'supabase'),
      often('typescript', 'dart'),
      sometimes('expo'),
      sometimes('nodejs'),
      sometimes('postgresql'),
      sometimes('sentry'),
      sometimes('xcode', 'android-studio'),
      ...teamTools,
    ],
  },
  {
    name: 'static',
    weight: 4,
    names: ['Docs Site', 'Blog', 'Marketing Site', 'Handbook'],
    slots: [
      always('hugo', 'jekyll', 'gatsby', 'astro', 'eleventy', 'docusaurus'),
      often('netlify', 'vercel', 'cloudflare-pages', 'github-pages'),
      sometimes('cloudflare'),
      sometimes('algolia'),
      sometimes('tailwindcss'),
      sometimes('google-analytics', 'plausible'),
      ...teamTools,
    ],
  },
  {
    name: 'java-classic',
    weight: 3,
    names: ['Legacy Portal', 'Intranet', 'Reporting'],
    slots: [
      always('java'),
      always('apache-tomcat', 'jetty'),
      always('apache-http-server', 'nginx', 'lighttpd'),
      always('mysql', 'oracle-database', 'postgresql'),
      often('maven', 'ant'),
      sometimes('jenkins'),
      sometimes('jquery'),
      ...teamTools,
    ],
  },
];
