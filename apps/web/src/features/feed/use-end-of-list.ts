import { useEffect, useRef } from 'react';

/**
 * Calls `onReached` whenever the returned element (a sentinel after a list) comes within `margin` of the
 * viewport: the next page loads while the reader is still reading the last one. Where IntersectionObserver
 * is missing, nothing happens, and the list's "Load more" button still works.
 */
export function useEndOfList<Element extends HTMLElement>(onReached: () => void, enabled: boolean, margin = '400px') {
  const ref = useRef<Element>(null);
  const latest = useRef(onReached);
  useEffect(() => {
    latest.current = onReached;
  });
  useEffect(() => {
    const element = ref.current;
    if (!enabled || !element || typeof IntersectionObserver === 'undefined') return;
    const observer = new IntersectionObserver((entries) => {
      if (entries.some((entry) => entry.isIntersecting)) latest.current();
    }, { rootMargin: `0px 0px ${margin} 0px` });
    observer.observe(element);
    return () => observer.disconnect();
  }, [enabled, margin]);
  return ref;
}
