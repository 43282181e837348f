import { useEffect, useRef } from 'react';
import { ToolLogo } from '../tools/tool-logo.js';
import type { EditorLayer } from './stack-editor-state.js';

/** Each note's limit, as the API's stackToolInputSchema has it. */
export const NOTE_MAX_LENGTH = 280;

interface StackEditorToolsProps {
  idPrefix: string;
  layers: EditorLayer[];
  onNote: (slug: string, note: string) => void;
  onMove: (slug: string, direction: 'up' | 'down') => void;
  onRemove: (slug: string) => void;
}

/**
 * The stack's tools layer by layer, as its page will show them: each with a note, move up / move down
 * within its layer, and remove. A moved tool keeps the keyboard focus on the button that moved it.
 */
export function StackEditorTools({ idPrefix, layers, onNote, onMove, onRemove }: StackEditorToolsProps) {
  // Set by a move, used by the render that shows it: React may re-insert the moved row, which drops focus.
  const focusAfterMove = useRef<{ slug: string; direction: 'up' | 'down' } | null>(null);
  const buttonId = (slug: string, direction: 'up' | 'down') => `${idPrefix}-move-${direction}-${slug}`;

  useEffect(() => {
    if (!focusAfterMove.current) return;
    const { slug, direction } = focusAfterMove.current;
    focusAfterMove.current = null;
    const same = document.getElementById(buttonId(slug, direction)) as HTMLButtonElement | null;
    // At the layer's edge the button is disabled: the other direction is the one that still moves it.
    const target = same && !same.disabled ? same : (document.getElementById(buttonId(slug, direction === 'up' ? 'down' : 'up')) as HTMLButtonElement | null);
    target?.focus();
  });

  return (
    <div className="stack-editor-layers">
      {layers.map((layer) => {
        const headingId = `${idPrefix}-layer-${layer.slug}`;
        return (
          <section key={layer.slug} className="stack-editor-layer" aria-labelledby={headingId}>
            <h2 id={headingId} className="stack-editor-layer__title">
              {layer.name}
              <span className="stack-editor-layer__count">
                {' '}
                · {layer.tools.length} {layer.tools.length === 1 ? 'tool' : 'tools'}
              </span>
            </h2>
            <ol className="stack-editor-tools" aria-labelledby={headingId}>
              {layer.tools.map((tool, index) => {
                const noteId = `${idPrefix}-note-${tool.slug}`;
                return (
                  <li key={tool.slug} className="stack-editor-tool">
                    <div className="stack-editor-tool__head">
                      <ToolLogo name={tool.name} logoUrl={tool.logoUrl} />
                      <span className="stack-editor-tool__name">
                        {tool.name}
                        {tool.detected && (
                          <span className="stack-editor-tool__detected">
                            detected in <span className="stack-editor-tool__place">{`${tool.detected.file}:${tool.detected.line}`}</span>
                          </span>
                        )}
                      </span>
                      <span className="stack-editor-tool__actions">
                        <button
                          type="button"
                          id={buttonId(tool.slug, 'up')}
                          className="button button--quiet stack-editor-tool__icon"
                          disabled={index === 0}
                          aria-label={`Move ${tool.name} up`}
                          onClick={() => {
                            onMove(tool.slug, 'up');
                            focusAfterMove.current = { slug: tool.slug, direction: 'up' };
                          }}
                        >
                          <span aria-hidden="true">↑</span>
                        </button>
                        <button
                          type="button"
                          id={buttonId(tool.slug, 'down')}
                          className="button button--quiet stack-editor-tool__icon"
                          disabled={index === layer.tools.length - 1}
                          aria-label={`Move ${tool.name} down`}
                          onClick={() => {
                            onMove(tool.slug, 'down');
                            focusAfterMove.current = { slug: tool.slug, direction: 'down' };
                          }}
                        >
                          <span aria-hidden="true">↓</span>
                        </button>
                        <button type="button" className="button button--quiet" aria-label={`Remove ${tool.name}`} onClick={() => onRemove(tool.slug)}>
                          Remove
                        </button>
                      </span>
                    </div>
                    <div className="field stack-editor-tool__note">
                      <label htmlFor={noteId}>
                        Note <span className="visually-hidden">on {tool.name}</span>
                        <span className="stack-editor-tool__optional"> (optional)</span>
                      </label>
                      <input
                        id={noteId}
                        type="text"
                        maxLength={NOTE_MAX_LENGTH}
                        placeholder="What you use it for, or why"
                        value={tool.note}
                        onChange={(event) => onNote(tool.slug, event.target.value)}
                      />
                    </div>
                  </li>
                );
              })}
            </ol>
          </section>
        );
      })}
    </div>
  );
}
