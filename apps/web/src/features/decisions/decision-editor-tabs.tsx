import { useRef, type KeyboardEvent, type ReactNode } from 'react';

export type EditorTab = 'write' | 'preview';
const TABS: { id: EditorTab; label: string }[] = [
  { id: 'write', label: 'Write' },
  { id: 'preview', label: 'Preview' },
];

interface EditorTabsProps {
  selected: EditorTab;
  onSelect: (tab: EditorTab) => void;
  write: ReactNode;
  preview: ReactNode;
}

/**
 * Write / Preview as WAI-ARIA tabs: one tab stop, the arrow keys (and Home, End) move between the tabs
 * and show each at once, each tab names its panel.
 */
export function EditorTabs({ selected, onSelect, write, preview }: EditorTabsProps) {
  const refs = useRef<Record<EditorTab, HTMLButtonElement | null>>({ write: null, preview: null });
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const index = TABS.findIndex((tab) => tab.id === selected);
    const next =
      event.key === 'ArrowRight' ? (index + 1) % TABS.length
      : event.key === 'ArrowLeft' ? (index - 1 + TABS.length) % TABS.length
      : event.key === 'Home' ? 0
      : event.key === 'End' ? TABS.length - 1
      : null;
    if (next === null) return;
    event.preventDefault();
    const tab = TABS[next]!.id;
    onSelect(tab);
    refs.current[tab]?.focus();
  };
  return (
    <div className="editor-tabs">
      <div role="tablist" aria-label="Decision text" className="editor-tabs__list" onKeyDown={onKeyDown}>
        {TABS.map((tab) => (
          <button
            key={tab.id}
            ref={(element) => {
              refs.current[tab.id] = element;
            }}
            type="button"
            role="tab"
            id={`decision-tab-${tab.id}`}
            aria-selected={selected === tab.id}
            aria-controls={`decision-panel-${tab.id}`}
            tabIndex={selected === tab.id ? 0 : -1}
            className="editor-tabs__tab"
            onClick={() => onSelect(tab.id)}
          >
            {tab.label}
          </button>
        ))}
      </div>
      <div role="tabpanel" id="decision-panel-write" aria-labelledby="decision-tab-write" hidden={selected !== 'write'} className="editor-tabs__panel">
        {write}
      </div>
      <div role="tabpanel" id="decision-panel-preview" aria-labelledby="decision-tab-preview" hidden={selected !== 'preview'} className="editor-tabs__panel" tabIndex={0}>
        {preview}
      </div>
    </div>
  );
}
