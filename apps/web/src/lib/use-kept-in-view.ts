import { useEffect, useRef } from 'react';
import { useLocation } from 'react-router';

/** How long after arriving at `#anchor` the page may still move under it (signed-in data, a refetch re-ordering a list). */
const SETTLING_MS = 5000;
const PERSON_MOVES = ['wheel', 'touchstart', 'keydown', 'pointerdown'] as const;

/**
 * Keeps the element the address names (`#anchor`) in view while the page settles after arriving at it. The
 * browser scrolls to it once; a list that re-orders when fresh counts arrive, or content that grows above it,
 * can then carry it off screen. Each render in the first seconds puts it back, until the person moves the page
 * themselves.
 */
export function useKeptInView(anchor: string): void {
  const location = useLocation();
  const arrival = useRef<{ at: number; moved: boolean } | null>(null);
  const aimed = location.hash === `#${anchor}`;

  useEffect(() => {
    if (!aimed) return;
    const state = { at: Date.now(), moved: false };
    arrival.current = state;
    const stop = () => {
      state.moved = true;
    };
    for (const event of PERSON_MOVES) window.addEventListener(event, stop, { passive: true, once: true });
    return () => {
      for (const event of PERSON_MOVES) window.removeEventListener(event, stop);
    };
  }, [aimed, location.key]);

  // Every render: cheap when the address names something else.
  useEffect(() => {
    const state = arrival.current;
    if (!aimed || !state) return;
    const node = document.getElementById(anchor);
    if (!node || state.moved || Date.now() - state.at > SETTLING_MS) return;
    const box = node.getBoundingClientRect();
    if (box.top < 0 || box.bottom > window.innerHeight) node.scrollIntoView({ block: 'center' });
  });
}
