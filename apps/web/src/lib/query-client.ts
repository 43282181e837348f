import { QueryClient } from '@tanstack/react-query';
import { isRetryable } from '@stackyard/contract';

export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        // Catalogue data changes slowly; 30 s avoids refetching when a user flips between filters.
        staleTime: 30_000,
        retry: (failureCount, error) => failureCount < 2 && isRetryable(error),
      },
    },
  });
}
