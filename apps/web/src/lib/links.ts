import type { MouseEvent } from 'react';

/**
 * True for a click the page should handle itself. Ctrl/Cmd/Shift/middle clicks are left to the browser,
 * so "open in a new tab" keeps working on links the page otherwise intercepts.
 */
export function isPlainLeftClick(event: MouseEvent<HTMLAnchorElement>): boolean {
  return event.button === 0 && !event.metaKey && !event.ctrlKey && !event.shiftKey && !event.altKey;
}
