import { contracts, urlOf } from '@stackyard/contract';
import * as domain from '@stackyard/domain';
import { describe, expect, it } from 'vitest';
import { cleanFilters, SLUG_PATTERN, TOOL_SORTS, toolListQuery, type ToolListQuery } from './tool-filters.js';

describe('the copies of the domain values', () => {
  it('match the domain, so the page accepts what the API does', () => {
    expect(TOOL_SORTS).toEqual(domain.TOOL_SORTS);
    expect(SLUG_PATTERN.source).toBe(domain.SLUG_PATTERN.source);
    expect(domain.slugParam.safeParse('a'.repeat(81)).success).toBe(false);
    expect(domain.slugParam.safeParse('a'.repeat(80)).success).toBe(true);
  });
});

/** The query string the typed client sends for that query. */
function sentParams(query: ToolListQuery): URLSearchParams {
  return new URL(urlOf(contracts.tools.list, { query }), 'http://localhost').searchParams;
}

describe('toolListQuery', () => {
  it('sends every filter, the sort, the cursor and the page size', () => {
    const params = sentParams(
      toolListQuery({ q: 'gun', layer: 'application-and-data', function: 'web-servers', sort: 'votes' }, 'eyJrIjoxfQ', 10),
    );

    expect(params.toString()).toBe(
      'q=gun&layer=application-and-data&function=web-servers&sort=votes&cursor=eyJrIjoxfQ&limit=10',
    );
  });

  it('leaves out blank searches, the first page cursor and slugs the API would reject', () => {
    const params = sentParams(toolListQuery({ q: '   ', layer: 'Not A Slug', sort: 'popular' }, null));

    expect(params.toString()).toBe('sort=popular&limit=24');
  });

  it('trims the search and caps it at the length the API accepts', () => {
    const params = sentParams(toolListQuery({ q: `  ${'x'.repeat(150)}  `, sort: 'name' }, null));

    expect(params.get('q')).toHaveLength(100);
  });

  it('sends the licence filter as the API spells it', () => {
    expect(sentParams(toolListQuery({ openSource: true, sort: 'popular' }, null)).get('openSource')).toBe('true');
    expect(sentParams(toolListQuery({ openSource: false, sort: 'popular' }, null)).get('openSource')).toBe('false');
  });
});

describe('cleanFilters', () => {
  it('gives equal objects for equal filters, so query keys match', () => {
    expect(cleanFilters({ q: ' gun ', layer: undefined, sort: 'popular' })).toEqual({ q: 'gun', sort: 'popular' });
  });
});
