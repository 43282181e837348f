import { describe, expect, it } from 'vitest';
import { closedCombobox, comboboxKeyDown, comboboxOptionsChanged, comboboxTyped, type ComboboxState } from './combobox-keys.js';

const open = (activeIndex: number): ComboboxState => ({ open: true, activeIndex });
const press = (state: ComboboxState, key: string, optionCount = 3, extra: { altKey?: boolean; hasValue?: boolean } = {}) =>
  comboboxKeyDown(state, { key, optionCount, hasValue: extra.hasValue ?? true, altKey: extra.altKey });

describe('comboboxKeyDown', () => {
  it('moves down from the input to the first option, then on, wrapping after the last', () => {
    expect(press(open(-1), 'ArrowDown').state).toEqual(open(0));
    expect(press(open(0), 'ArrowDown').state).toEqual(open(1));
    expect(press(open(2), 'ArrowDown').state).toEqual(open(0));
    expect(press(open(1), 'ArrowDown').handled).toBe(true);
  });

  it('moves up from the input to the last option, wrapping before the first', () => {
    expect(press(open(-1), 'ArrowUp').state).toEqual(open(2));
    expect(press(open(2), 'ArrowUp').state).toEqual(open(1));
    expect(press(open(0), 'ArrowUp').state).toEqual(open(2));
  });

  it('opens a closed popup on ArrowDown at the first option and on ArrowUp at the last', () => {
    expect(press(closedCombobox, 'ArrowDown').state).toEqual(open(0));
    expect(press(closedCombobox, 'ArrowUp').state).toEqual(open(2));
  });

  it('opens without choosing on Alt+ArrowDown and closes on Alt+ArrowUp', () => {
    expect(press(closedCombobox, 'ArrowDown', 3, { altKey: true }).state).toEqual(open(-1));
    expect(press(open(1), 'ArrowDown', 3, { altKey: true }).state).toEqual(open(1));
    expect(press(open(1), 'ArrowUp', 3, { altKey: true })).toEqual({ state: closedCombobox, effect: 'none', handled: true });
  });

  it('leaves the arrows to the input when there is nothing to move through', () => {
    expect(press(closedCombobox, 'ArrowUp', 0)).toEqual({ state: closedCombobox, effect: 'none', handled: false });
    expect(press(closedCombobox, 'ArrowDown', 0).state.activeIndex).toBe(-1);
  });

  it('selects the active option on Enter and keeps the form from submitting', () => {
    expect(press(open(1), 'Enter')).toEqual({ state: closedCombobox, effect: 'select', handled: true });
  });

  it('lets Enter submit the form when no option is active, or the popup is closed', () => {
    expect(press(open(-1), 'Enter')).toEqual({ state: closedCombobox, effect: 'none', handled: false });
    expect(press({ open: false, activeIndex: 1 }, 'Enter').handled).toBe(false);
  });

  it('does not select an index the options no longer have', () => {
    expect(press(open(4), 'Enter', 3).effect).toBe('none');
  });

  it('closes on the first Escape and clears the text on the second', () => {
    const first = press(open(1), 'Escape');
    expect(first).toEqual({ state: closedCombobox, effect: 'none', handled: true });
    expect(press(first.state, 'Escape')).toEqual({ state: closedCombobox, effect: 'clear', handled: true });
  });

  it('closes an open "no matches" message on Escape before clearing', () => {
    expect(press(open(-1), 'Escape', 0).effect).toBe('none');
    expect(press(closedCombobox, 'Escape', 0).effect).toBe('clear');
  });

  it('leaves Escape alone when there is nothing to close or clear', () => {
    expect(press(closedCombobox, 'Escape', 0, { hasValue: false })).toEqual({ state: closedCombobox, effect: 'none', handled: false });
  });

  it('closes on Tab without taking the key', () => {
    expect(press(open(1), 'Tab')).toEqual({ state: closedCombobox, effect: 'none', handled: false });
  });

  it('ignores other keys, so typing and caret movement work as usual', () => {
    for (const key of ['a', 'Home', 'End', 'ArrowLeft', 'Backspace']) {
      expect(press(open(1), key)).toEqual({ state: open(1), effect: 'none', handled: false });
    }
  });
});

describe('comboboxTyped', () => {
  it('opens with nothing active, so Enter submits the text', () => {
    expect(comboboxTyped('ngi')).toEqual(open(-1));
  });

  it('closes when the text is only spaces or empty', () => {
    expect(comboboxTyped('  ')).toEqual(closedCombobox);
    expect(comboboxTyped('')).toEqual(closedCombobox);
  });
});

describe('comboboxOptionsChanged', () => {
  it('keeps an active index the new options still have', () => {
    expect(comboboxOptionsChanged(open(1), 2)).toEqual(open(1));
  });

  it('drops an active index past the end of fewer options', () => {
    expect(comboboxOptionsChanged(open(2), 2)).toEqual(open(-1));
    expect(comboboxOptionsChanged(open(0), 0)).toEqual(open(-1));
  });
});
