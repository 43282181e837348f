import type { SearchResponse } from '@stackyard/domain';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useState, type KeyboardEvent } from 'react';
import { Combobox, type ComboboxOption } from '../../components/combobox.js';
import { useApi } from '../../lib/api.js';
import { useDebouncedCallback } from '../../lib/use-debounced-callback.js';
import { ToolLogo } from './tool-logo.js';
import { toolSuggestionsQuery } from './tool-queries.js';
import './tool-search-combobox.css';

/** Short enough to feel live, long enough not to ask on every keystroke. */
const SEARCH_DEBOUNCE_MS = 150;

/** A tool as the search finds it: its link, tagline and function. */
export type SearchToolHit = SearchResponse['tools'][number];

interface ToolOption extends ComboboxOption {
  hit: SearchToolHit;
}

interface ToolSearchComboboxProps {
  id: string;
  label: string;
  placeholder: string;
  /** Tools already chosen: not offered again. */
  chosen: ReadonlySet<string>;
  /** What each suggestion says under its name (its function, its layer...). */
  detailOf: (hit: SearchToolHit) => string;
  /** Why nothing more can be added, when that is so (a decision names at most a few tools). */
  full?: string;
  onPick: (hit: SearchToolHit) => void;
}

/**
 * "Add a tool" for the editors (a stack's tools, a decision's): the tool search's matches as the person
 * types, each with its logo; Enter picks the active one and never sends the form around it.
 */
export function ToolSearchCombobox({ id, label, placeholder, chosen, detailOf, full, onPick }: ToolSearchComboboxProps) {
  const api = useApi();
  const [text, setText] = useState('');
  const [term, setTerm] = useState('');
  const commit = useDebouncedCallback((value: string) => setTerm(value.trim()), SEARCH_DEBOUNCE_MS);
  const matches = useQuery({ ...toolSuggestionsQuery(api, term), placeholderData: keepPreviousData });

  const options: ToolOption[] =
    full || text.trim() === '' ? [] : (matches.data ?? []).filter((hit) => !chosen.has(hit.slug)).map((hit) => ({ id: hit.slug, hit }));
  const searching = matches.isFetching || term !== text.trim();
  const message = full
    ? full
    : matches.isError
      ? 'Tools cannot be searched right now. Try again in a moment.'
      : searching
        ? 'Searching…'
        : `No tool to add matches “${text.trim()}”.`;
  const status = searching ? 'Searching…' : options.length === 0 ? message : `${options.length} ${options.length === 1 ? 'tool matches' : 'tools match'}. Arrow keys to choose, Enter to add.`;

  return (
    <div
      className="tool-search-combobox"
      onKeyDown={(event: KeyboardEvent<HTMLDivElement>) => {
        if (event.key === 'Enter' && (event.target as HTMLElement).getAttribute('role') === 'combobox') event.preventDefault();
      }}
    >
      <Combobox
        id={id}
        name="tool-search"
        label={label}
        listLabel="Matching tools"
        placeholder={placeholder}
        maxLength={100}
        value={text}
        onValueChange={(value) => {
          setText(value);
          commit(value);
        }}
        onNavigate={commit.flush}
        groups={[{ label: null, options }]}
        renderOption={(option) => (
          <span className="tool-search-combobox__option">
            <ToolLogo name={option.hit.name} logoUrl={option.hit.logoUrl} />
            <span>
              <span className="tool-search-combobox__name">{option.hit.name}</span>
              <span className="tool-search-combobox__detail">{detailOf(option.hit)}</span>
            </span>
          </span>
        )}
        onSelect={(option) => {
          setText('');
          setTerm('');
          onPick(option.hit);
        }}
        message={message}
        status={status}
      />
    </div>
  );
}
