import type { ToolLink } from '@stackyard/domain';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Combobox, type ComboboxOption } from '../../components/combobox.js';
import { useApi } from '../../lib/api.js';
import { useDebouncedCallback } from '../../lib/use-debounced-callback.js';
import { toolMatchesQuery } from '../compare/compare-queries.js';
import { ToolLogo } from '../tools/tool-logo.js';

const SEARCH_DEBOUNCE_MS = 200;

interface ToolOption extends ComboboxOption, ToolLink {
  detail: string;
}

interface DecisionToolsProps {
  tools: ToolLink[];
  max: number;
  onChange: (tools: ToolLink[]) => void;
  problem: string | undefined;
}

/** The tools a decision is about: chosen with the tool search's autocomplete, each removable. */
export function DecisionTools({ tools, max, onChange, problem }: DecisionToolsProps) {
  const api = useApi();
  const [text, setText] = useState('');
  const [search, setSearch] = useState('');
  const commit = useDebouncedCallback((value: string) => setSearch(value.trim()), SEARCH_DEBOUNCE_MS);
  const matches = useQuery({ ...toolMatchesQuery(api, search), enabled: search !== '', placeholderData: keepPreviousData });
  const chosen = new Set(tools.map((tool) => tool.slug));
  const options: ToolOption[] = (matches.data ?? [])
    .filter((tool) => !chosen.has(tool.slug))
    .map((tool) => ({ id: tool.slug, slug: tool.slug, name: tool.name, logoUrl: tool.logoUrl, detail: tool.function.name }));
  const full = tools.length >= max;
  const [announcement, setAnnouncement] = useState('');

  return (
    <fieldset className="decision-editor__tools" aria-describedby="decision-tools-hint decision-tools-problem">
      <legend>Tools it is about</legend>
      {tools.length > 0 && (
        <ul className="decision-editor__chosen" aria-label="Chosen tools">
          {tools.map((tool) => (
            <li key={tool.slug} className="decision-editor__chip">
              <ToolLogo name={tool.name} logoUrl={tool.logoUrl} />
              <span>{tool.name}</span>
              <button
                type="button"
                className="decision-editor__remove"
                onClick={() => {
                  onChange(tools.filter((other) => other.slug !== tool.slug));
                  setAnnouncement(`${tool.name} removed.`);
                }}
              >
                <span aria-hidden="true">×</span>
                <span className="visually-hidden">Remove {tool.name}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
      {/* Enter in the search picks a suggestion; with none active it must not post the decision. */}
      <div
        onKeyDown={(event) => {
          if (event.key === 'Enter') event.preventDefault();
        }}
      >
        <Combobox<ToolOption>
          id="decision-tools"
          name="tool-search"
          label={full ? `Add a tool (at most ${max})` : 'Add a tool'}
          listLabel="Matching tools"
          placeholder="Type a tool's name"
          maxLength={100}
          value={text}
          onValueChange={(value) => {
            setText(value);
            commit(value);
          }}
          onNavigate={commit.flush}
          groups={[{ label: null, options: full ? [] : options }]}
          renderOption={(option) => (
            <span className="decision-editor__option">
              <ToolLogo name={option.name} logoUrl={option.logoUrl} />
              <span>
                <span className="decision-editor__option-name">{option.name}</span> <span className="muted">{option.detail}</span>
              </span>
            </span>
          )}
          onSelect={(option) => {
            onChange([...tools, { slug: option.slug, name: option.name, logoUrl: option.logoUrl }]);
            setText('');
            setSearch('');
            setAnnouncement(`${option.name} added.`);
          }}
          message={
            full
              ? `A decision names at most ${max} tools.`
              : matches.isError
                ? 'The tool search is unavailable right now.'
                : matches.isFetching
                  ? 'Searching…'
                  : search
                    ? `No tool matches “${search}”.`
                    : undefined
          }
          status={matches.isFetching ? '' : `${options.length} ${options.length === 1 ? 'tool matches' : 'tools match'}.`}
        />
      </div>
      <p id="decision-tools-hint" className="field__hint">
        Type a name, then choose with the arrow keys and Enter, or click. 1 to {max} tools.
      </p>
      <p id="decision-tools-problem" className="field__problem" hidden={!problem}>
        {problem}
      </p>
      <p role="status" className="visually-hidden">
        {announcement}
      </p>
    </fieldset>
  );
}
