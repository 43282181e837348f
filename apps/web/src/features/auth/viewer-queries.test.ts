import type { Client } from '@stackyard/contract/browser';
import type { Account } from '@stackyard/domain';
import { QueryClient, QueryObserver } from '@tanstack/react-query';
import { describe, expect, it } from 'vitest';
import { switchViewer, VIEWER_KEY, viewerQuery } from './viewer-queries.js';

describe('viewerQuery', () => {
  it('aborts its read in flight when queries are cancelled (signing out), so it never comes back 401', async () => {
    const signals: AbortSignal[] = [];
    const api = {
      me: {
        get: (_input: undefined, options?: { signal?: AbortSignal }) => {
          if (options?.signal) signals.push(options.signal);
          return new Promise<never>(() => undefined);
        },
      },
    } as unknown as Client;
    const queries = new QueryClient();
    const read = queries.fetchQuery(viewerQuery(api)).catch((error: unknown) => error);
    await Promise.resolve();
    await queries.cancelQueries({ queryKey: VIEWER_KEY });
    await read;
    expect(signals).toHaveLength(1);
    expect(signals[0]!.aborted).toBe(true);
  });
});

describe('switchViewer', () => {
  const ada = { id: 1, username: 'ada' } as unknown as Account;

  it('tells every part watching the viewer at once, and forgets what the last account read', async () => {
    const queries = new QueryClient();
    queries.setQueryData(VIEWER_KEY, ada);
    queries.setQueryData(['feed', 'followed', 'latest'], ['an item only ada may see']);
    // The header, or the home page's signed-in hero: a part that shows what it is told about the viewer.
    const seen: unknown[] = [];
    const watcher = new QueryObserver(queries, { queryKey: VIEWER_KEY, queryFn: () => ada, staleTime: Infinity });
    const stop = watcher.subscribe((result) => seen.push(result.data));

    switchViewer(queries, null);
    await new Promise((resolve) => setTimeout(resolve, 0));

    expect(seen).toEqual([null]);
    expect(watcher.getCurrentResult().data).toBeNull();
    expect(queries.getQueryData(['feed', 'followed', 'latest'])).toBeUndefined();
    expect(queries.getQueryCache().getAll().map((query) => query.queryKey)).toEqual([VIEWER_KEY]);
    stop();
  });

  it('writes the account signed in over the one before', async () => {
    const queries = new QueryClient();
    queries.setQueryData(VIEWER_KEY, null);
    queries.setQueryData(['tools', 'trending'], ['read signed out']);
    switchViewer(queries, ada);
    expect(queries.getQueryData(VIEWER_KEY)).toBe(ada);
    expect(queries.getQueryData(['tools', 'trending'])).toBeUndefined();
  });
});
