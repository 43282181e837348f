import { describe, expect, it } from 'vitest';
import { initialJsByRoute } from '../scripts/initial-js.js';

const BUDGET_BYTES = 140 * 1024;

describe('initial JavaScript of every public page', () => {
  it(`stays within ${BUDGET_BYTES / 1024} KB gzip (charts, pickers and signed-in parts load when needed)`, () => {
    const sizes = initialJsByRoute();
    const publicPages = sizes.filter((size) => !size.private);
    expect(publicPages.length).toBeGreaterThan(10);
    // The signed-in pages are known as such, so none escapes the budget by mistake.
    expect(sizes.filter((size) => size.private).map((size) => size.route).sort()).toEqual(
      ['decisions.new', 'feed', 'moderation', 'settings', 'stacks.$owner.$slug.edit', 'stacks.new'].sort(),
    );
    const over = publicPages.filter((size) => size.gzipBytes > BUDGET_BYTES).map((size) => `${size.route}: ${(size.gzipBytes / 1024).toFixed(1)} KB`);
    expect(over).toEqual([]);
  });
});
