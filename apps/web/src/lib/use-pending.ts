import { useState } from 'react';

export interface Pending<Input, Result> {
  /** True while a request sent by `send` is on its way. */
  pending: boolean;
  send: (input: Input) => Promise<Result>;
}

/**
 * A request a control sends when pressed, and whether it is on its way. The vote and follow buttons are
 * on every public page and keep their own optimistic state, so this is all they need of a mutation; the
 * query library's `useMutation` would add its code (about 2 KB gzip) to the first download of each page.
 */
export function usePending<Input, Result>(request: (input: Input) => Promise<Result>): Pending<Input, Result> {
  const [pending, setPending] = useState(false);
  return {
    pending,
    send: async (input) => {
      setPending(true);
      try {
        return await request(input);
      } finally {
        setPending(false);
      }
    },
  };
}
