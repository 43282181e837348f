/** Words the synthetic names are made of, so that searching by a letter or two finds a realistic spread. */

export const TOOL_WORDS = [
  'Aurora', 'Beacon', 'Cinder', 'Delta', 'Ember', 'Falcon', 'Garnet', 'Harbor', 'Indigo', 'Juniper', 'Kestrel',
  'Lumen', 'Meridian', 'Nimbus', 'Onyx', 'Pulsar', 'Quartz', 'Raven', 'Sierra', 'Tundra', 'Umbra', 'Vector',
  'Willow', 'Xenon', 'Yarrow', 'Zephyr', 'Photon', 'Prism', 'Pylon', 'Sparrow', 'Comet', 'Basalt', 'Cobalt',
  'Drift', 'Fathom', 'Glacier', 'Helix', 'Lattice', 'Mosaic', 'Orbit',
];

export const STACK_ADJECTIVES = [
  'Nimble', 'Quiet', 'Bright', 'Sturdy', 'Rapid', 'Gentle', 'Bold', 'Clever', 'Steady', 'Lucid', 'Prime', 'Agile',
  'Silent', 'Vivid', 'Humble', 'Brisk', 'Calm', 'Eager', 'Fresh', 'Keen', 'Plain', 'Proud', 'Sharp', 'Warm',
];

export const STACK_NOUNS = [
  'Platform', 'Storefront', 'Pipeline', 'Backend', 'Dashboard', 'Gateway', 'Marketplace', 'Portal', 'Service',
  'Analytics', 'Checkout', 'Billing', 'Search', 'Scheduler', 'Inbox', 'Studio', 'Tracker', 'Wiki', 'Planner',
  'Payments', 'Reports', 'Mobile App', 'Website', 'Monorepo', 'Data Lake', 'Chat',
];

export const FIRST_NAMES = [
  'Ada', 'Alan', 'Grace', 'Linus', 'Margaret', 'Dennis', 'Barbara', 'Ken', 'Radia', 'Guido', 'Frances', 'Brian',
  'Hedy', 'Edsger', 'Katherine', 'Donald', 'Shafi', 'Tim', 'Sophie', 'Yukihiro', 'Anita', 'Bjarne', 'Joan',
  'Niklaus', 'Karen', 'Pavel', 'Priya', 'Mateo', 'Amara', 'Jonas', 'Leila', 'Chen', 'Olga', 'Rafael', 'Ines',
  'Kofi', 'Sana',
];

export const LAST_NAMES = [
  'Lovelace', 'Turing', 'Hopper', 'Torvalds', 'Hamilton', 'Ritchie', 'Liskov', 'Thompson', 'Perlman', 'Rossum',
  'Allen', 'Kernighan', 'Lamarr', 'Dijkstra', 'Johnson', 'Knuth', 'Goldwasser', 'Berners', 'Wilson', 'Matsumoto',
  'Borg', 'Stroustrup', 'Clarke', 'Wirth', 'Jones', 'Novak', 'Sharma', 'Garcia', 'Okafor', 'Berg', 'Haddad',
  'Wei', 'Ivanova', 'Costa', 'Moreau', 'Mensah', 'Qureshi', 'Lindqvist', 'Tanaka', 'Silva', 'Kowalski',
];

export const PRO_PHRASES = [
  'Quick to set up', 'Great documentation', 'Large community', 'Fast in production', 'Easy to learn',
  'Plays well with others', 'Stable releases', 'Good defaults', 'Scales without drama', 'Helpful error messages',
  'Small footprint', 'Lots of integrations', 'Active maintainers', 'Works offline', 'Simple to operate',
];

export const CON_PHRASES = [
  'Steep learning curve', 'Sparse documentation', 'Slow to start', 'Breaking upgrades', 'Hard to debug',
  'Heavy on memory', 'Few integrations', 'Confusing configuration', 'Expensive at scale', 'Vendor lock-in',
];
