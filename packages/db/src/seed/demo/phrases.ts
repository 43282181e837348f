/** Word lists for the demo community: people, reasons and decisions that read like a real site's. */
export const firstNames = [
  'ada', 'alan', 'amara', 'anika', 'ben', 'bruno', 'carla', 'chen', 'dara', 'diego', 'elena', 'emeka', 'farah',
  'felix', 'grace', 'hana', 'hugo', 'ines', 'ivan', 'jonas', 'julia', 'kai', 'kenji', 'lara', 'leo', 'lina',
  'luca', 'maya', 'mateo', 'mira', 'nadia', 'nils', 'noah', 'omar', 'priya', 'quinn', 'rafael', 'rosa', 'sam',
  'sara', 'sofia', 'tariq', 'theo', 'uma', 'vera', 'wei', 'yara', 'yusuf', 'zoe', 'marta', 'oskar', 'aiko',
];

export const lastNames = [
  'abe', 'alvarez', 'berg', 'costa', 'dubois', 'eriksen', 'fischer', 'garcia', 'haddad', 'ito', 'jansen',
  'kowalski', 'larsen', 'lopez', 'mensah', 'moreau', 'nakamura', 'novak', 'okafor', 'park', 'quintero', 'rossi',
  'santos', 'schmidt', 'silva', 'tanaka', 'umar', 'vargas', 'weber', 'xu', 'yilmaz', 'zhang', 'ivanova', 'patel',
];

export const roles = [
  'Backend engineer', 'Frontend developer', 'Full-stack developer', 'Site reliability engineer', 'CTO',
  'Platform engineer', 'Data engineer', 'Mobile developer', 'Engineering manager', 'Freelance developer',
  'DevOps engineer', 'Security engineer', 'Student', 'Indie hacker', 'Staff engineer',
];

export const places = [
  'Berlin', 'Lagos', 'Sao Paulo', 'Toronto', 'Tokyo', 'Lisbon', 'Nairobi', 'Austin', 'Warsaw', 'Bangalore',
  'Melbourne', 'Mexico City', 'Seoul', 'Stockholm', 'Cape Town', 'Montreal', 'Madrid', 'Singapore',
];

export const companies = [
  'Acme', 'Northwind', 'Bluefin', 'Lumen', 'Parcelly', 'Quillo', 'Tidepool', 'Kestrel', 'Orbitly', 'Fernway',
  'Brightloop', 'Copperleaf', 'Driftwood', 'Helio', 'Juniper', 'Mosaic', 'Nimbus', 'Pinecrest', 'Riverstone',
  'Sparrow', 'Trellis', 'Verdant', 'Wayfinder', 'Zephyr',
];

export const openSourcePros = ['Open source', 'Free', 'Active community'];
export const pros = [
  'Great documentation', 'Large community', 'Easy to learn', 'Fast', 'Reliable', 'Mature and battle-tested',
  'Easy setup', 'Lightweight', 'Scales well', 'Great developer experience', 'Actively developed', 'Flexible',
  'Stable API', 'Good defaults', 'Rich ecosystem', 'Low memory footprint', 'Simple to operate',
];
export const closedSourceCons = ['Expensive at scale', 'Vendor lock-in', 'Pricing is hard to predict'];
export const cons = [
  'Steep learning curve', 'Sparse documentation', 'Verbose configuration', 'Memory hungry',
  'Breaking changes between versions', 'Slow release cycle', 'Hard to debug', 'Small community',
];

export const decisionBenefits = [
  'a much simpler deployment story',
  'better performance under our peak load',
  'a larger pool of people who already know it',
  'fewer moving parts to operate at night',
  'documentation our new hires could follow on day one',
  'a licence we are comfortable building on',
  'lower hosting costs for the same traffic',
  'first-class support for the rest of our stack',
];

export const decisionCosts = [
  'rewriting our deployment scripts',
  'a week of tuning before it matched the old numbers',
  'retraining the team on a few new habits',
  'migrating a couple of years of data',
  'losing a plugin we liked',
  'some rough edges in the tooling',
];

/** Reasons of the reference comparison page, with their vote counts, in the page's order. */
export const referenceReasons: ReadonlyArray<{ tool: string; kind: 'pro' | 'con'; text: string; votes: number }> = [
  { tool: 'passenger', kind: 'pro', text: 'Nginx integration', votes: 43 },
  { tool: 'passenger', kind: 'pro', text: 'Great for rails', votes: 36 },
  { tool: 'passenger', kind: 'pro', text: 'Fast web server', votes: 21 },
  { tool: 'passenger', kind: 'pro', text: 'Free', votes: 19 },
  { tool: 'passenger', kind: 'pro', text: 'Lightweight', votes: 15 },
  { tool: 'passenger', kind: 'con', text: 'Cost (some features require paid/pro)', votes: 0 },
  { tool: 'gunicorn', kind: 'pro', text: 'Python', votes: 34 },
  { tool: 'gunicorn', kind: 'pro', text: 'Easy setup', votes: 30 },
  { tool: 'gunicorn', kind: 'pro', text: 'Reliable', votes: 8 },
  { tool: 'gunicorn', kind: 'pro', text: 'Fast', votes: 3 },
  { tool: 'gunicorn', kind: 'pro', text: 'Light', votes: 3 },
];

/** Files a scanner would find each tool in, for stack tools marked as detected. */
export const detectionFiles: Readonly<Record<string, string>> = {
  ruby: '.ruby-version',
  rails: 'Gemfile',
  puma: 'Gemfile',
  passenger: 'Gemfile',
  unicorn: 'Gemfile',
  sidekiq: 'Gemfile',
  rspec: 'Gemfile',
  python: '.python-version',
  django: 'requirements.txt',
  flask: 'requirements.txt',
  fastapi: 'pyproject.toml',
  gunicorn: 'requirements.txt',
  celery: 'requirements.txt',
  nodejs: '.nvmrc',
  typescript: 'package.json',
  react: 'package.json',
  vuejs: 'package.json',
  expressjs: 'package.json',
  nextjs: 'package.json',
  webpack: 'package.json',
  vite: 'package.json',
  jest: 'package.json',
  eslint: 'package.json',
  meteor: '.meteor/release',
  php: 'composer.json',
  laravel: 'composer.json',
  go: 'go.mod',
  java: 'pom.xml',
  'spring-boot': 'pom.xml',
  docker: 'Dockerfile',
  'github-actions': '.github/workflows/ci.yml',
  circleci: '.circleci/config.yml',
  postgresql: 'docker-compose.yml',
  redis: 'docker-compose.yml',
  nginx: 'nginx.conf',
};
