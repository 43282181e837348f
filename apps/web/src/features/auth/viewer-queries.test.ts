import type { Client } from '@stackyard/contract/browser';
import { QueryClient } from '@tanstack/react-query';
import { describe, expect, it } from 'vitest';
import { VIEWER_KEY, viewerQuery } from './viewer-queries.js';

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
