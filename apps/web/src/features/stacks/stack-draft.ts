import { useCallback, useEffect, useRef, useState } from 'react';
import { parseDraft, sameDraft, type StackDraft } from './stack-editor-state.js';

/** Long enough not to write on every keystroke, short enough that a reload loses almost nothing. */
const DRAFT_SAVE_DELAY_MS = 400;
const PREFIX = 'stackyard:stack-draft:';

/** One key per new stack and one per edited stack, so two tabs editing different stacks never mix. */
export function draftKey(target: { owner: string; slug: string } | null): string {
  return target ? `${PREFIX}${target.owner.toLowerCase()}/${target.slug.toLowerCase()}` : `${PREFIX}new`;
}

interface StoredDraft {
  savedAt: string;
  draft: unknown;
}

// Storage may be missing, full or refused (private windows, quotas): a draft is a convenience, never an error.
function readStored(key: string): { draft: StackDraft; savedAt: string } | null {
  try {
    const text = window.localStorage.getItem(key);
    if (!text) return null;
    const stored = JSON.parse(text) as StoredDraft;
    const draft = parseDraft(stored.draft);
    return draft && typeof stored.savedAt === 'string' ? { draft, savedAt: stored.savedAt } : null;
  } catch {
    return null;
  }
}

function writeStored(key: string, draft: StackDraft): void {
  try {
    window.localStorage.setItem(key, JSON.stringify({ savedAt: new Date().toISOString(), draft } satisfies StoredDraft));
  } catch {
    // Out of space or refused: the form still works, only without a draft.
  }
}

function removeStored(key: string): void {
  try {
    window.localStorage.removeItem(key);
  } catch {
    // Nothing stored, nothing to remove.
  }
}

export interface StackDraftState {
  draft: StackDraft;
  setDraft: (update: (draft: StackDraft) => StackDraft) => void;
  /** When the draft shown was restored from storage (ISO time), or null when the form started fresh. */
  restoredAt: string | null;
  /** Whether the form differs from where it started, so there is a draft to discard. */
  hasDraft: boolean;
  /** Back to the stack as it was (or an empty form), and the stored draft gone. */
  discard: () => void;
  /** After a save: the stored draft is gone and no pending write brings it back (the editor is left next). */
  clear: () => void;
}

/**
 * The form's state, kept in localStorage under `key` while it differs from `initial`. Storage is read only
 * after hydration, so the server's HTML and the first render in the browser are the same form.
 */
export function useStackDraft(key: string, initial: StackDraft): StackDraftState {
  const [draft, setDraftState] = useState(initial);
  const [restoredAt, setRestoredAt] = useState<string | null>(null);
  // Until storage was read, writing would overwrite the draft about to be restored.
  const [storageRead, setStorageRead] = useState(false);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  // Set once the stack was saved: nothing may write the draft back while the editor is left.
  const saved = useRef(false);
  const initialRef = useRef(initial);
  initialRef.current = initial;

  useEffect(() => {
    const stored = readStored(key);
    if (stored && !sameDraft(stored.draft, initialRef.current)) {
      setDraftState(stored.draft);
      setRestoredAt(stored.savedAt);
    }
    setStorageRead(true);
  }, [key]);

  useEffect(() => {
    if (!storageRead || saved.current) return;
    timer.current = setTimeout(() => {
      if (sameDraft(draft, initialRef.current)) removeStored(key);
      else writeStored(key, draft);
    }, DRAFT_SAVE_DELAY_MS);
    return () => clearTimeout(timer.current);
  }, [draft, key, storageRead]);

  // Leaving the page (a reload, a closed tab) writes at once what the delay still held back.
  const pending = useRef<(() => void) | null>(null);
  pending.current = storageRead && !saved.current
    ? () => (sameDraft(draft, initialRef.current) ? removeStored(key) : writeStored(key, draft))
    : null;
  useEffect(() => {
    const onPageHide = () => pending.current?.();
    window.addEventListener('pagehide', onPageHide);
    return () => window.removeEventListener('pagehide', onPageHide);
  }, []);

  const setDraft = useCallback((update: (draft: StackDraft) => StackDraft) => setDraftState(update), []);

  const clear = useCallback(() => {
    clearTimeout(timer.current);
    saved.current = true;
    pending.current = null;
    removeStored(key);
    setRestoredAt(null);
  }, [key]);

  const discard = useCallback(() => {
    clearTimeout(timer.current);
    removeStored(key);
    setRestoredAt(null);
    setDraftState(initialRef.current);
  }, [key]);

  return { draft, setDraft, restoredAt, hasDraft: !sameDraft(draft, initial), discard, clear };
}
