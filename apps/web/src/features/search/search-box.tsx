import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Form, useNavigate } from 'react-router';
import { Combobox } from '../../components/combobox.js';
import { useApi } from '../../lib/api.js';
import { useDebouncedCallback } from '../../lib/use-debounced-callback.js';
import { MAX_SEARCH_LENGTH, normalizeSearchText } from './search-params.js';
import { searchQuery, SUGGESTION_REQUEST_LIMIT } from './search-queries.js';
import { SuggestionOption } from './suggestion-option.js';
import { describeSuggestions, suggestionGroups } from './suggestions.js';
import './search-box.css';

/** Short enough to feel live, long enough not to ask the API on every keystroke of a fast typist. */
const SUGGEST_DEBOUNCE_MS = 150;

/**
 * The global search in the header. Without JavaScript it is a plain GET form to /search; once hydrated it
 * suggests tools, stacks and people as the visitor types (Enter on a suggestion opens it, Enter otherwise
 * searches everything), and "/" anywhere on the page focuses it.
 */
export function SearchBox() {
  const api = useApi();
  const navigate = useNavigate();
  const [text, setText] = useState('');
  const [term, setTerm] = useState('');
  const commitTerm = useDebouncedCallback((value: string) => setTerm(normalizeSearchText(value)), SUGGEST_DEBOUNCE_MS);

  const suggestions = useQuery({
    ...searchQuery(api, term, SUGGESTION_REQUEST_LIMIT),
    enabled: term !== '',
    // While the next keystroke's answer is on its way, keep showing the last one instead of flickering.
    placeholderData: keepPreviousData,
  });
  const shownTerm = normalizeSearchText(text);
  const groups = suggestions.data && shownTerm ? suggestionGroups(suggestions.data, shownTerm) : [];

  const onValueChange = (value: string) => {
    setText(value);
    if (normalizeSearchText(value) === '') {
      // Nothing to suggest for: no need to wait.
      commitTerm.flush();
      setTerm('');
    } else {
      commitTerm(value);
    }
  };

  return (
    <Form
      method="get"
      action="/search"
      role="search"
      aria-label="Site"
      className="search-box"
      onSubmit={() => {
        // The form has read the text by now; the header starts empty on the results page, which shows it.
        setText('');
        setTerm('');
      }}
    >
      <Combobox
        id="site-search"
        name="q"
        label="Search tools, stacks and people"
        hideLabel
        listLabel="Suggestions"
        placeholder="Search Stackyard"
        maxLength={MAX_SEARCH_LENGTH}
        shortcutKey="/"
        value={text}
        onValueChange={onValueChange}
        onNavigate={commitTerm.flush}
        groups={groups}
        renderOption={(option) => <SuggestionOption option={option} query={shownTerm} />}
        onSelect={(option) => {
          setText('');
          setTerm('');
          void navigate(option.href);
        }}
        message={suggestions.isError ? 'Suggestions are unavailable right now. Press Enter to search.' : suggestions.isFetching ? 'Searching…' : undefined}
        status={suggestions.isFetching ? '' : groups.length > 0 ? describeSuggestions(groups) : ''}
      />
      <button type="submit" className="search-box__submit">
        <svg aria-hidden="true" width="18" height="18" viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="2.25" strokeLinecap="round">
          <circle cx="11" cy="11" r="7" />
          <path d="m20 20-3.5-3.5" />
        </svg>
        <span className="visually-hidden">Search</span>
      </button>
    </Form>
  );
}
