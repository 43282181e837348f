import { describe, expect, it } from 'vitest';
// @ts-expect-error: a plain ESM script shared with the build, which prints the same table.
import { initialJsByRoute } from '../scripts/initial-js.mjs';

const BUDGET_BYTES = 140 * 1024;

interface RouteSize {
  route: string;
  gzipBytes: number;
}

describe('initial JavaScript of every page', () => {
  it(`stays within ${BUDGET_BYTES / 1024} KB gzip (charts, pickers and signed-in parts load when needed)`, () => {
    const sizes = initialJsByRoute() as RouteSize[];
    expect(sizes.length).toBeGreaterThan(10);
    const over = sizes.filter((size) => size.gzipBytes > BUDGET_BYTES).map((size) => `${size.route}: ${(size.gzipBytes / 1024).toFixed(1)} KB`);
    expect(over).toEqual([]);
  });
});
