import { describe, expect, it } from 'vitest';
import { resultsStatusText, type ResultsStatus } from './results-status.js';

const loaded: ResultsStatus = { updating: false, count: 24, hasMore: true, search: undefined };

describe('resultsStatusText', () => {
  it('says when the results are being replaced', () => {
    expect(resultsStatusText({ ...loaded, updating: true })).toBe('Updating results…');
  });

  it('counts the tools shown and says whether more can be loaded', () => {
    expect(resultsStatusText(loaded)).toBe('Showing 24 tools; more are available.');
    expect(resultsStatusText({ ...loaded, count: 1, hasMore: false })).toBe('Showing 1 tool.');
  });

  it('names the search that found nothing', () => {
    expect(resultsStatusText({ ...loaded, count: 0, hasMore: false, search: 'zzz' })).toBe('No tools match “zzz”.');
    expect(resultsStatusText({ ...loaded, count: 0, hasMore: false })).toBe('No tools match these filters.');
  });
});
