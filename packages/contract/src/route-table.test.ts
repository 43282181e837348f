import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { routeTableSource } from './route-table-source.js';

describe('route table', () => {
  it('is the contracts’ addresses as they stand (else run: npm run pnpm -- --filter @stackyard/contract route-table)', () => {
    const written = readFileSync(new URL('./route-table.ts', import.meta.url), 'utf8');
    expect(written).toBe(routeTableSource());
  });
});
