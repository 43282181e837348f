import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useState, type KeyboardEvent } from 'react';
import { Combobox, type ComboboxOption } from '../../components/combobox.js';
import { useApi } from '../../lib/api.js';
import { useDebouncedCallback } from '../../lib/use-debounced-callback.js';
import { toolSuggestionsQuery } from '../tools/tool-queries.js';
import { ToolLogo } from '../tools/tool-logo.js';
import type { EditorTool } from './stack-editor-state.js';

/** Short enough to feel live, long enough not to ask on every keystroke. */
const SEARCH_DEBOUNCE_MS = 150;

interface ToolOption extends ComboboxOption {
  tool: EditorTool;
  functionName: string;
}

interface StackToolSearchProps {
  id: string;
  /** Tools already in the stack: not offered again. */
  listed: ReadonlySet<string>;
  /** Which layer a function belongs to (search hits name only their function). */
  layerOf: Map<string, { slug: string; name: string }>;
  onAdd: (tool: EditorTool) => void;
}

/** "Add a tool": the tool search's matches as the owner types, each with its logo, function and layer. */
export function StackToolSearch({ id, listed, layerOf, onAdd }: StackToolSearchProps) {
  const api = useApi();
  const [text, setText] = useState('');
  const [term, setTerm] = useState('');
  const commit = useDebouncedCallback((value: string) => setTerm(value.trim()), SEARCH_DEBOUNCE_MS);
  const matches = useQuery({ ...toolSuggestionsQuery(api, term), placeholderData: keepPreviousData });

  const options: ToolOption[] =
    text.trim() === ''
      ? []
      : (matches.data ?? [])
          .filter((hit) => !listed.has(hit.slug))
          .map((hit) => ({
            id: hit.slug,
            functionName: hit.function.name,
            tool: { slug: hit.slug, name: hit.name, logoUrl: hit.logoUrl, layer: layerOf.get(hit.function.slug) ?? { slug: 'other', name: 'Other' }, note: '' },
          }));

  const searching = matches.isFetching || term !== text.trim();
  const message = matches.isError ? 'Tools cannot be searched right now. Try again in a moment.' : searching ? 'Searching…' : `No tool to add matches “${text.trim()}”.`;
  const status = searching ? 'Searching…' : options.length === 0 ? message : `${options.length} ${options.length === 1 ? 'tool matches' : 'tools match'}. Arrow keys to choose, Enter to add.`;

  return (
    <div
      className="stack-tool-search"
      // Enter in the search box adds the chosen tool or does nothing: it must never send the whole form.
      onKeyDown={(event: KeyboardEvent<HTMLDivElement>) => {
        if (event.key === 'Enter' && (event.target as HTMLElement).getAttribute('role') === 'combobox') event.preventDefault();
      }}
    >
      <Combobox
        id={id}
        name="tool-search"
        label="Add a tool"
        listLabel="Matching tools"
        placeholder="Type a tool’s name, e.g. nginx"
        maxLength={100}
        value={text}
        onValueChange={(value) => {
          setText(value);
          commit(value);
        }}
        onNavigate={commit.flush}
        groups={[{ label: null, options }]}
        renderOption={(option) => (
          <span className="stack-tool-search__option">
            <ToolLogo name={option.tool.name} logoUrl={option.tool.logoUrl} />
            <span>
              <span className="stack-tool-search__name">{option.tool.name}</span>
              <span className="stack-tool-search__detail">
                {option.functionName} · {option.tool.layer.name}
              </span>
            </span>
          </span>
        )}
        onSelect={(option) => {
          setText('');
          setTerm('');
          onAdd(option.tool);
        }}
        message={message}
        status={status}
      />
    </div>
  );
}
