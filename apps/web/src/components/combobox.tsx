import { useEffect, useRef, useState, type ChangeEvent, type KeyboardEvent, type ReactNode, type RefObject } from 'react';
import { closedCombobox, comboboxKeyDown, comboboxTyped } from './combobox-keys.js';
import './combobox.css';

export interface ComboboxOption {
  /** Unique among the options shown together; React's key. */
  id: string;
}

export interface ComboboxGroup<Option extends ComboboxOption> {
  /** Shown above the group's options and naming the group; null for options that need no heading. */
  label: string | null;
  options: Option[];
}

interface ComboboxProps<Option extends ComboboxOption> {
  /** The input's id; the listbox and options derive theirs from it. */
  id: string;
  label: string;
  /** Keep the label for assistive technology only (a placeholder shows instead). */
  hideLabel?: boolean;
  /** The input's name, which the surrounding form submits. */
  name: string;
  value: string;
  onValueChange: (value: string) => void;
  groups: ComboboxGroup<Option>[];
  renderOption: (option: Option) => ReactNode;
  /** Enter on the active option, or a click on an option. */
  onSelect: (option: Option) => void;
  /** Called when an arrow key asks for the options (e.g. to fetch pending suggestions at once). */
  onNavigate?: () => void;
  /** What the popup says when it has no options for the text (searching, nothing found, unavailable). */
  message?: ReactNode;
  /** Told to screen readers as it changes (how many suggestions there are, say). */
  status?: string;
  placeholder?: string;
  maxLength?: number;
  /** A key that focuses the input from anywhere on the page outside a text field ("/"). */
  shortcutKey?: string;
  listLabel?: string;
}

/**
 * An editable combobox with a listbox popup (WAI-ARIA APG): focus stays in the input, the arrow keys move
 * the active option (aria-activedescendant), Enter chooses it, and with nothing active Enter is left to
 * the surrounding form. It knows nothing of what the options are; the caller renders and chooses them.
 * Key handling is in combobox-keys.ts.
 */
export function Combobox<Option extends ComboboxOption>(props: ComboboxProps<Option>) {
  const { id, label, name, value, groups, renderOption, onSelect, message, shortcutKey } = props;
  const inputRef = useRef<HTMLInputElement>(null);
  const [state, setState] = useState(closedCombobox);
  const listboxId = `${id}-listbox`;
  const optionId = (index: number) => `${id}-option-${index}`;

  const options = groups.flatMap((group) => group.options);
  // Fewer options than before: an index past their end points at nothing (derived, no effect needed).
  const activeIndex = state.activeIndex < options.length ? state.activeIndex : -1;
  const hasText = value.trim() !== '';
  const listboxShown = state.open && hasText && options.length > 0;
  const messageShown = state.open && hasText && options.length === 0 && message !== undefined;

  useFocusShortcut(inputRef, shortcutKey);

  // The active option stays in sight when the arrows move past the popup's edge.
  const activeId = activeIndex >= 0 ? optionId(activeIndex) : null;
  useEffect(() => {
    if (activeId) document.getElementById(activeId)?.scrollIntoView({ block: 'nearest' });
  }, [activeId]);

  const choose = (option: Option) => {
    setState(closedCombobox);
    onSelect(option);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    // Enter that ends an IME composition belongs to the composition.
    if (event.nativeEvent.isComposing) return;
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') props.onNavigate?.();
    const result = comboboxKeyDown(
      { open: listboxShown || messageShown, activeIndex },
      { key: event.key, altKey: event.altKey, optionCount: options.length, hasValue: value !== '' },
    );
    if (result.handled) event.preventDefault();
    setState(result.state);
    if (result.effect === 'select') choose(options[activeIndex]!);
    if (result.effect === 'clear') props.onValueChange('');
  };

  const onChange = (event: ChangeEvent<HTMLInputElement>) => {
    setState(comboboxTyped(event.target.value));
    props.onValueChange(event.target.value);
  };

  let index = -1;
  return (
    <div className="combobox">
      <label htmlFor={id} className={props.hideLabel ? 'visually-hidden' : 'combobox__label'}>
        {label}
      </label>
      <div className="combobox__field">
        <input
          ref={inputRef}
          id={id}
          name={name}
          type="search"
          role="combobox"
          className="combobox__input"
          value={value}
          onChange={onChange}
          onKeyDown={onKeyDown}
          onBlur={() => setState(closedCombobox)}
          aria-autocomplete="list"
          aria-expanded={listboxShown}
          aria-controls={listboxId}
          aria-activedescendant={listboxShown && activeId ? activeId : undefined}
          aria-keyshortcuts={shortcutKey}
          placeholder={props.placeholder}
          maxLength={props.maxLength}
          autoComplete="off"
          autoCapitalize="none"
          autoCorrect="off"
          spellCheck={false}
          enterKeyHint="search"
        />
        {shortcutKey && (
          <kbd className="combobox__shortcut" aria-hidden="true">
            {shortcutKey}
          </kbd>
        )}
      </div>
      {/* A press anywhere in the popup (an option, its scrollbar) must not take focus from the input. */}
      <div className="combobox__popup" hidden={!listboxShown && !messageShown} onMouseDown={(event) => event.preventDefault()}>
        {/* Always in the document, so aria-controls names an element even while it is closed. */}
        <div id={listboxId} role="listbox" aria-label={props.listLabel ?? 'Suggestions'} className="combobox__listbox" hidden={!listboxShown}>
          {groups.map((group, groupIndex) => {
            if (group.options.length === 0) return null;
            // Grouped options are items of their group's list; options without a group stand alone.
            const Item = group.label === null ? 'div' : 'li';
            const items = group.options.map((option) => {
              index += 1;
              const optionIndex = index;
              return (
                <Item
                  key={option.id}
                  id={optionId(optionIndex)}
                  role="option"
                  aria-selected={optionIndex === activeIndex}
                  className="combobox__option"
                  onClick={() => choose(option)}
                >
                  {renderOption(option)}
                </Item>
              );
            });
            if (group.label === null) return items;
            const labelId = `${id}-group-${groupIndex}`;
            return (
              <ul key={`group-${groupIndex}`} role="group" aria-labelledby={labelId} className="combobox__group">
                <li role="presentation" id={labelId} className="combobox__group-label">
                  {group.label}
                </li>
                {items}
              </ul>
            );
          })}
        </div>
        {messageShown && <p className="combobox__message">{message}</p>}
      </div>
      <div role="status" className="visually-hidden">
        {state.open ? props.status : ''}
      </div>
    </div>
  );
}

/** Focuses the input when `key` is pressed anywhere outside a field that takes text. */
function useFocusShortcut(inputRef: RefObject<HTMLInputElement | null>, key: string | undefined) {
  useEffect(() => {
    if (!key) return;
    const onKeyDown = (event: globalThis.KeyboardEvent) => {
      if (event.key !== key || event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey) return;
      if (takesText(event.target)) return;
      const input = inputRef.current;
      if (!input) return;
      event.preventDefault();
      input.focus();
      input.select();
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [inputRef, key]);
}

function takesText(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  const tag = target.tagName;
  return tag === 'INPUT' || tag === 'TEXTAREA' || tag === 'SELECT';
}
