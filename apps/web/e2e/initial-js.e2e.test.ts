import { describe, expect, it } from 'vitest';
import { initialJsByRoute } from '../scripts/initial-js.js';

const BUDGET_BYTES = 140 * 1024;

describe('initial JavaScript of every page', () => {
  it(`stays within ${BUDGET_BYTES / 1024} KB gzip (charts, pickers and signed-in parts load when needed)`, () => {
    const sizes = initialJsByRoute();
    expect(sizes.length).toBeGreaterThan(10);
    const over = sizes.filter((size) => size.gzipBytes > BUDGET_BYTES).map((size) => `${size.route}: ${(size.gzipBytes / 1024).toFixed(1)} KB`);
    expect(over).toEqual([]);
  });
});
