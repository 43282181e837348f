import type { ToolSummary } from '@stackyard/domain';
import { lazy, Suspense, useEffect, useRef, useState } from 'react';

// The picker (combobox, search, keyboard handling) is only fetched when someone wants it, so the page's
// first load carries none of it. Hovering or focusing the button starts the download early.
const loadPicker = () => import('./tool-picker.js');
const ToolPicker = lazy(() => loadPicker().then((module) => ({ default: module.ToolPicker })));

interface ToolPickerSlotProps {
  slugs: string[];
  names: string[];
  alternatives: ToolSummary[];
  loading: boolean;
}

/** "Add a third tool": a button that opens the picker in its place, and gets the focus back when it closes. */
export function ToolPickerSlot({ slugs, names, alternatives, loading }: ToolPickerSlotProps) {
  const [open, setOpen] = useState(false);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const wasOpen = useRef(false);

  useEffect(() => {
    if (wasOpen.current && !open) buttonRef.current?.focus();
    wasOpen.current = open;
  }, [open]);

  return (
    <div className="compare-picker">
      {open ? (
        <Suspense fallback={<p role="status" className="compare-picker__loading">Opening the tool picker…</p>}>
          <ToolPicker slugs={slugs} names={names} alternatives={alternatives} loading={loading} onClose={() => setOpen(false)} />
        </Suspense>
      ) : (
        <button
          ref={buttonRef}
          type="button"
          className="button button--quiet compare-picker__open"
          aria-expanded={false}
          onClick={() => setOpen(true)}
          onPointerEnter={() => void loadPicker()}
          onFocus={() => void loadPicker()}
        >
          <span aria-hidden="true">+</span> Add a third tool
        </button>
      )}
    </div>
  );
}
