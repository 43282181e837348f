import { useState } from 'react';
import { useDebouncedCallback } from '../../lib/use-debounced-callback.js';
import { MAX_SEARCH_LENGTH, normalizeSearch } from './tool-filters.js';

/** Long enough not to query on every keystroke, short enough to feel live. */
const SEARCH_DEBOUNCE_MS = 300;

interface ToolSearchBoxProps {
  /** The search the URL holds. */
  query: string | undefined;
  onSearch: (query: string | undefined) => void;
}

export function ToolSearchBox({ query, onSearch }: ToolSearchBoxProps) {
  const [text, setText] = useState(query ?? '');
  // The URL's search as this box last saw it, and the search it last asked for.
  const [shownQuery, setShownQuery] = useState(query);
  const [sentQuery, setSentQuery] = useState(query);
  const commit = useDebouncedCallback((value: string) => {
    const next = normalizeSearch(value);
    setSentQuery(next);
    onSearch(next);
  }, SEARCH_DEBOUNCE_MS);

  // A search the box did not ask for (Back, "Clear filters", a link) replaces its text; the answer to
  // its own request leaves the text alone, since the visitor may have typed on meanwhile.
  if (query !== shownQuery) {
    setShownQuery(query);
    if (query !== sentQuery) {
      setSentQuery(query);
      setText(query ?? '');
    }
  }

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
