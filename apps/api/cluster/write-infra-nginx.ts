import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { infraNginxConfig } from './infra-nginx.js';

const file = fileURLToPath(new URL('../../../infra/nginx.conf', import.meta.url));
writeFileSync(file, infraNginxConfig());
console.log(`Wrote ${file}`);
