import type { ToolSummary } from '@stackyard/domain';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { useNavigate } from 'react-router';
import { useApi } from '../../lib/api.js';
import { useDebouncedCallback } from '../../lib/use-debounced-callback.js';
import { ToolLogo } from '../tools/tool-logo.js';
import { joinNames } from './compare-meta.js';
import { toolMatchesQuery } from './compare-queries.js';
import { comparePath, withTool } from './compare-slugs.js';
import { nextActiveOption, pickerOptions, type PickerOption } from './tool-picker-options.js';
import './tool-picker.css';

/** Short enough to feel live, long enough not to search on every keystroke. */
const SEARCH_DEBOUNCE_MS = 200;

interface ToolPickerProps {
  slugs: string[];
  names: string[];
  alternatives: ToolSummary[];
  /** A comparison is loading (this picker's choice, or another link). */
  loading: boolean;
  onClose: () => void;
}

/**
 * A combobox (WAI-ARIA 1.2, list autocomplete) that adds a tool: the alternatives before anything is typed,
 * the tool search's matches after. Choosing one moves to the new comparison's address through the router,
 * so its clientLoader fetches it and the page changes without a reload.
 */
export function ToolPicker({ slugs, names, alternatives, loading, onClose }: ToolPickerProps) {
  const api = useApi();
  const navigate = useNavigate();
  const inputRef = useRef<HTMLInputElement>(null);
  const id = useId();
  const [text, setText] = useState('');
  const [search, setSearch] = useState('');
  const [expanded, setExpanded] = useState(true);
  const [active, setActive] = useState(-1);
  const [chosen, setChosen] = useState<string | null>(null);
  const commit = useDebouncedCallback((value: string) => {
    setSearch(value.trim());
    setActive(-1);
  }, SEARCH_DEBOUNCE_MS);
  const matches = useQuery({ ...toolMatchesQuery(api, search), enabled: search !== '', placeholderData: keepPreviousData });
  const { source, options } = pickerOptions({ search, matches: matches.data, alternatives, compared: slugs });
  const listboxId = `${id}-options`;
  const optionId = (option: PickerOption) => `${id}-option-${option.slug}`;
  const activeOption = expanded ? options[active] : undefined;

  // The picker opens because someone asked for it: put them in the text box.
  useEffect(() => inputRef.current?.focus(), []);

  const choose = (option: PickerOption) => {
    const next = withTool(slugs, option.slug);
    if (!next) return;
    setChosen(option.name);
    setExpanded(false);
    // The page keeps its place; once three tools are compared the picker is gone and the title takes the focus.
    void navigate(comparePath(next), { preventScrollReset: true });
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    switch (event.key) {
      case 'ArrowDown':
      case 'ArrowUp':
        event.preventDefault();
        setExpanded(true);
        setActive((current) => nextActiveOption(expanded ? current : -1, options.length, event.key as 'ArrowDown' | 'ArrowUp'));
        return;
      case 'Enter':
        event.preventDefault();
        if (activeOption) choose(activeOption);
        else commit.flush();
        return;
      case 'Escape':
        event.preventDefault();
        // First Escape closes the list, the next one the picker.
        if (expanded && options.length > 0) {
          setExpanded(false);
          setActive(-1);
        } else {
          onClose();
        }
        return;
    }
  };

  const status = describeStatus({ chosen, loading, search, source, count: options.length, searching: matches.isFetching });
  return (
    <div className="tool-picker" onBlur={(event) => {
      // Leaving the picker (not moving within it) closes the list, as a select would.
      if (!event.currentTarget.contains(event.relatedTarget)) setExpanded(false);
    }}>
      <label htmlFor={`${id}-input`} className="tool-picker__label">
        Add a third tool to {joinNames(names)}
      </label>
      <div className="tool-picker__row">
        <div className="tool-picker__field">
          <input
            ref={inputRef}
            id={`${id}-input`}
            type="text"
            role="combobox"
            aria-autocomplete="list"
            aria-expanded={expanded && options.length > 0}
            aria-controls={listboxId}
            aria-activedescendant={activeOption ? optionId(activeOption) : undefined}
            aria-describedby={`${id}-hint`}
            autoComplete="off"
            spellCheck={false}
            maxLength={100}
            placeholder="Type a tool's name"
            value={text}
            onChange={(event) => {
              setText(event.target.value);
              setExpanded(true);
              commit(event.target.value);
            }}
            onClick={() => setExpanded(true)}
            onKeyDown={onKeyDown}
          />
          <ul id={listboxId} role="listbox" aria-label={source === 'alternatives' ? 'Alternatives' : 'Matching tools'} className="tool-picker__options" hidden={!expanded || options.length === 0}>
            {options.map((option, index) => (
              <li
                key={option.slug}
                id={optionId(option)}
                role="option"
                aria-selected={index === active}
                className="tool-picker__option"
                // Keep the focus in the text box, so choosing with the mouse reads like choosing with Enter.
                onMouseDown={(event) => event.preventDefault()}
                onClick={() => choose(option)}
                onMouseMove={() => setActive(index)}
              >
                <ToolLogo name={option.name} logoUrl={option.logoUrl} />
                <span>
                  <span className="tool-picker__name">{option.name}</span>{' '}
                  <span className="tool-picker__detail">{option.detail}</span>
                </span>
              </li>
            ))}
          </ul>
        </div>
        <button type="button" className="button button--quiet" onClick={onClose}>
          Cancel
        </button>
      </div>
      <p id={`${id}-hint`} className="tool-picker__hint">
        Arrow keys move through the list, Enter adds the tool, Escape closes.
      </p>
      <p role="status" className="visually-hidden">
        {status}
      </p>
    </div>
  );
}

interface StatusInput {
  chosen: string | null;
  loading: boolean;
  search: string;
  source: 'alternatives' | 'matches';
  count: number;
  searching: boolean;
}

/** What a screen reader hears as the list changes. */
function describeStatus({ chosen, loading, search, source, count, searching }: StatusInput): string {
  if (chosen && loading) return `Adding ${chosen}…`;
  if (source === 'alternatives') return count === 0 ? 'Type a name to find a tool.' : `${count} alternatives to choose from.`;
  if (searching && count === 0) return 'Searching…';
  if (count === 0) return `No other tool matches “${search}”.`;
  return `${count} ${count === 1 ? 'tool matches' : 'tools match'}.`;
}
