import { useState } from 'react';
import { useDebouncedCallback } from '../../lib/use-debounced-callback.js';
import { MAX_SEARCH_LENGTH, normalizeSearch } from './tool-filters.js';

/** Long enough not to query on every keystroke, short enough to feel live. */
const SEARCH_DEBOUNCE_MS = 300;

interface ToolSearchBoxProps {
  /** The committed search; the box starts from it (remount it with a new key to reset). */
  initialQuery: string | undefined;
  onSearch: (query: string | undefined) => void;
}

export function ToolSearchBox({ initialQuery, onSearch }: ToolSearchBoxProps) {
  const [text, setText] = useState(initialQuery ?? '');
  const commit = useDebouncedCallback((value: string) => onSearch(normalizeSearch(value)), SEARCH_DEBOUNCE_MS);

  return (
    <div className="field field--search">
      <label htmlFor="tool-search">Search tools</label>
      <input
        id="tool-search"
        name="q"
        type="search"
        value={text}
        maxLength={MAX_SEARCH_LENGTH}
        autoComplete="off"
        spellCheck={false}
        placeholder="e.g. gunicorn, postgres"
        aria-describedby="tool-search-hint"
        onChange={(event) => {
          setText(event.target.value);
          commit(event.target.value);
        }}
        onKeyDown={(event) => {
          // Enter searches at once instead of waiting for the pause.
          if (event.key === 'Enter') commit.flush();
        }}
      />
      <p id="tool-search-hint" className="field__hint">
        Results update as you type.
      </p>
    </div>
  );
}
