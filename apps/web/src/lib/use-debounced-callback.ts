import { useCallback, useEffect, useLayoutEffect, useRef } from 'react';

export interface DebouncedCallback<Args extends unknown[]> {
  (...args: Args): void;
  /** Runs a pending call now (e.g. when the user presses Enter) instead of waiting. */
  flush(): void;
}

/**
 * Calls `callback` once the calls have paused for `delayMs`. Debouncing the call rather than the value
 * keeps the input's own state immediate and avoids an effect that copies one state into another.
 */
export function useDebouncedCallback<Args extends unknown[]>(
  callback: (...args: Args) => void,
  delayMs: number,
): DebouncedCallback<Args> {
  const callbackRef = useRef(callback);
  const timerRef = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const pendingArgsRef = useRef<Args | undefined>(undefined);

  // Always call the latest callback, so a pending call never sees state from an older render.
  useLayoutEffect(() => {
    callbackRef.current = callback;
  });

  useEffect(() => () => clearTimeout(timerRef.current), []);

  const flush = useCallback(() => {
    clearTimeout(timerRef.current);
    const args = pendingArgsRef.current;
    pendingArgsRef.current = undefined;
    if (args) callbackRef.current(...args);
  }, []);

  const debounced = useCallback(
    (...args: Args) => {
      pendingArgsRef.current = args;
      clearTimeout(timerRef.current);
      timerRef.current = setTimeout(flush, delayMs);
    },
    [delayMs, flush],
  );

  return Object.assign(debounced, { flush });
}
