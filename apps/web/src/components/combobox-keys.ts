/**
 * The keyboard behaviour of a combobox with a listbox popup (WAI-ARIA APG), as a pure function so every
 * key can be tested without a browser. Focus stays in the input; the "active" option is the one
 * aria-activedescendant points at (-1: none, the input itself).
 */
export interface ComboboxState {
  /** Whether the popup may show (it shows when open and there is something in it). */
  open: boolean;
  /** Index of the active option among all options, or -1. */
  activeIndex: number;
}

export const closedCombobox: ComboboxState = { open: false, activeIndex: -1 };

export interface ComboboxKey {
  key: string;
  altKey?: boolean;
  /** How many options the popup holds right now. */
  optionCount: number;
  /** Whether the input holds any text. */
  hasValue: boolean;
}

/**
 * - `select`: choose the active option (Enter on it).
 * - `clear`: empty the input (Escape when the popup is already closed).
 * - `none`: nothing beyond the new state; an unhandled Enter lets the form submit as usual.
 */
export type ComboboxEffect = 'select' | 'clear' | 'none';

export interface ComboboxKeyResult {
  state: ComboboxState;
  effect: ComboboxEffect;
  /** True when the key was the combobox's: the caller prevents its default (caret moves, form submit). */
  handled: boolean;
}

export function comboboxKeyDown(state: ComboboxState, input: ComboboxKey): ComboboxKeyResult {
  const { key, optionCount } = input;
  const unchanged = { state, effect: 'none', handled: false } as const;
  switch (key) {
    case 'ArrowDown': {
      if (optionCount === 0) return { state: { open: true, activeIndex: -1 }, effect: 'none', handled: true };
      // Alt+Down opens without moving into the list (APG).
      if (input.altKey) return { state: { open: true, activeIndex: state.open ? state.activeIndex : -1 }, effect: 'none', handled: true };
      if (!state.open) return { state: { open: true, activeIndex: 0 }, effect: 'none', handled: true };
      const next = state.activeIndex >= optionCount - 1 ? 0 : state.activeIndex + 1;
      return { state: { open: true, activeIndex: next }, effect: 'none', handled: true };
    }
    case 'ArrowUp': {
      if (input.altKey) return { state: closedCombobox, effect: 'none', handled: state.open };
      if (optionCount === 0) return unchanged;
      const last = optionCount - 1;
      if (!state.open) return { state: { open: true, activeIndex: last }, effect: 'none', handled: true };
      const previous = state.activeIndex <= 0 ? last : state.activeIndex - 1;
      return { state: { open: true, activeIndex: previous }, effect: 'none', handled: true };
    }
    case 'Enter': {
      if (state.open && state.activeIndex >= 0 && state.activeIndex < optionCount) {
        return { state: closedCombobox, effect: 'select', handled: true };
      }
      // Nothing chosen: the form around the input submits what was typed.
      return { state: closedCombobox, effect: 'none', handled: false };
    }
    case 'Escape': {
      // First Escape closes the popup, a second one clears the text (APG).
      if (state.open && (optionCount > 0 || input.hasValue)) return { state: closedCombobox, effect: 'none', handled: true };
      if (input.hasValue) return { state: closedCombobox, effect: 'clear', handled: true };
      return { state: closedCombobox, effect: 'none', handled: false };
    }
    case 'Tab':
      // Focus leaves; the popup goes with it. Tab itself is the browser's.
      return { state: closedCombobox, effect: 'none', handled: false };
    default:
      return unchanged;
  }
}

/** Typing (or pasting, or deleting) opens the popup with nothing active: the text is what Enter submits. */
export function comboboxTyped(text: string): ComboboxState {
  return { open: text.trim() !== '', activeIndex: -1 };
}

/** New suggestions arrived: an active index past their end points at nothing. */
export function comboboxOptionsChanged(state: ComboboxState, optionCount: number): ComboboxState {
  return state.activeIndex < optionCount ? state : { ...state, activeIndex: -1 };
}
