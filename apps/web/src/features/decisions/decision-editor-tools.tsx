import type { ToolLink } from '@stackyard/domain';
import { useState } from 'react';
import { ToolLogo } from '../tools/tool-logo.js';
import { ToolSearchCombobox } from '../tools/tool-search-combobox.js';

interface DecisionToolsProps {
  tools: ToolLink[];
  max: number;
  onChange: (tools: ToolLink[]) => void;
  problem: string | undefined;
}

/** The tools a decision is about: chosen with the tool search's autocomplete, each removable. */
export function DecisionTools({ tools, max, onChange, problem }: DecisionToolsProps) {
  const chosen = new Set(tools.map((tool) => tool.slug));
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
      <ToolSearchCombobox
        id="decision-tools"
        label={full ? `Add a tool (at most ${max})` : 'Add a tool'}
        placeholder="Type a tool's name"
        chosen={chosen}
        detailOf={(hit) => hit.function.name}
        full={full ? `A decision names at most ${max} tools.` : undefined}
        onPick={(hit) => {
          onChange([...tools, { slug: hit.slug, name: hit.name, logoUrl: hit.logoUrl }]);
          setAnnouncement(`${hit.name} added.`);
        }}
      />
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
