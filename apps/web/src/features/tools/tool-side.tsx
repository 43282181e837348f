import type { ToolDetail } from '@stackyard/domain';
import { CompareWith } from './tool-compare.js';
import { ToolAlternativesPreview } from './tool-alternatives-preview.js';
import { ToolIntegrations } from './tool-integrations.js';

/** The side column: what to compare the tool with, its alternatives, and what it works with. */
export function ToolSide({ tool }: { tool: ToolDetail }) {
  return (
    <aside className="tool-page__side" aria-label={`Related to ${tool.name}`}>
      <CompareWith tool={tool} />
      <ToolAlternativesPreview tool={tool} />
      <ToolIntegrations tool={tool} />
    </aside>
  );
}
