import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { routeTableSource } from '../src/route-table-source.js';

const target = fileURLToPath(new URL('../src/route-table.ts', import.meta.url));
writeFileSync(target, routeTableSource());
console.log(`wrote ${target}`);
