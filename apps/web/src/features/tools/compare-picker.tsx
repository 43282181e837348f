import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useEffect, useId, useRef, useState } from 'react';
import { useNavigate } from 'react-router';
import { useApi } from '../../lib/api.js';
import { useDebouncedCallback } from '../../lib/use-debounced-callback.js';
import { comparePath } from './compare-path.js';
import { normalizeSearch } from './tool-filters.js';
import { ToolLogo } from './tool-logo.js';
import { toolSuggestionsQuery } from './tool-queries.js';

interface ComparePickerProps {
  /** The tool whose page this is. */
  slug: string;
  name: string;
  onClose: () => void;
}

/**
 * A combobox over the catalogue (ARIA 1.2 pattern): type a name, move with the arrow keys, Enter or a
 * click opens the comparison with this tool, Escape closes the picker.
 */
export function ComparePicker({ slug, name, onClose }: ComparePickerProps) {
  const api = useApi();
  const navigate = useNavigate();
  const inputRef = useRef<HTMLInputElement>(null);
  const [text, setText] = useState('');
  const [search, setSearch] = useState('');
  const [active, setActive] = useState(0);
  const debounced = useDebouncedCallback((value: string) => setSearch(normalizeSearch(value) ?? ''), 200);
  const query = useQuery({ ...toolSuggestionsQuery(api, search), placeholderData: keepPreviousData });
  const options = search ? (query.data ?? []).filter((tool) => tool.slug !== slug) : [];
  const listId = useId();
  const inputId = useId();
  const optionId = (index: number) => `${listId}-option-${index}`;

  // The visitor asked for the picker: put them in it.
  useEffect(() => inputRef.current?.focus(), []);

  const choose = (other: string) => void navigate(comparePath([slug, other]));
  const open = options.length > 0;
  const current = Math.min(active, Math.max(0, options.length - 1));

  return (
    <div className="tool-compare-picker">
      <label htmlFor={inputId}>
        Another tool<span className="visually-hidden"> to compare with {name}</span>
      </label>
      <div className="tool-compare-picker__row">
        <input
          ref={inputRef}
          id={inputId}
          type="text"
          role="combobox"
          aria-expanded={open}
          aria-controls={listId}
          aria-autocomplete="list"
          aria-activedescendant={open ? optionId(current) : undefined}
          autoComplete="off"
          spellCheck={false}
          placeholder="Type a tool's name"
          value={text}
          onChange={(event) => {
            setText(event.target.value);
            setActive(0);
            debounced(event.target.value);
          }}
          onKeyDown={(event) => {
            if (event.key === 'ArrowDown' && open) {
              event.preventDefault();
              setActive((current + 1) % options.length);
            } else if (event.key === 'ArrowUp' && open) {
              event.preventDefault();
              setActive((current - 1 + options.length) % options.length);
            } else if (event.key === 'Enter') {
              event.preventDefault();
              const chosen = options[current];
              if (chosen) choose(chosen.slug);
            } else if (event.key === 'Escape') {
              event.preventDefault();
              onClose();
            }
          }}
        />
        <button type="button" className="button button--quiet" onClick={onClose}>
          Cancel
        </button>
      </div>
      <ul id={listId} role="listbox" aria-label={`Tools to compare with ${name}`} className="tool-compare-picker__options" hidden={!open}>
        {options.map((tool, index) => (
          <li
            key={tool.slug}
            id={optionId(index)}
            role="option"
            aria-selected={index === current}
            className={index === current ? 'tool-compare-picker__option tool-compare-picker__option--active' : 'tool-compare-picker__option'}
            // mousedown would blur the input first; choosing on click keeps the pointer and keyboard paths alike.
            onMouseDown={(event) => event.preventDefault()}
            onClick={() => choose(tool.slug)}
          >
            <ToolLogo name={tool.name} logoUrl={tool.logoUrl} />
            <span>
              <span className="tool-compare-picker__name">{tool.name}</span>
              <span className="tool-compare-picker__detail">{tool.function.name}</span>
            </span>
          </li>
        ))}
      </ul>
      <p className="visually-hidden" role="status">
        {search && query.isSuccess ? (options.length === 0 ? `No tool matches “${search}”.` : `${options.length} tools found; use the arrow keys to choose.`) : ''}
      </p>
      {search && query.isSuccess && options.length === 0 && <p className="muted tool-compare-picker__empty" aria-hidden="true">No tool matches “{search}”. Try another spelling.</p>}
      {query.isError && <p className="muted tool-compare-picker__empty">Suggestions could not be loaded. Try again in a moment.</p>}
    </div>
  );
}
