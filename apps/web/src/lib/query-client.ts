import { QueryClient } from '@tanstack/react-query';
import { isRetryable } from '@stackyard/contract/browser';

export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        // Pages change slowly; a minute lets a reader go back and forth without refetching, and keeps what
        // the server rendered from being fetched again while the page hydrates.
        staleTime: 60_000,
        retry: (failureCount, error) => failureCount < 2 && isRetryable(error),
      },
    },
  });
}

let browserQueryClient: QueryClient | undefined;

/** The browser's one cache: client loaders fill it and every component reads it. */
export function browserQueries(): QueryClient {
  browserQueryClient ??= createQueryClient();
  return browserQueryClient;
}
