import type { ToolDetail } from '@stackyard/domain';
import { ToolDecisions } from './tool-decisions.js';
import { ToolStacks } from './tool-stacks.js';

/** Who uses the tool and what they decided about it. */
export function ToolUsage({ tool }: { tool: ToolDetail }) {
  return (
    <>
      <ToolStacks tool={tool} />
      <ToolDecisions slug={tool.slug} name={tool.name} />
    </>
  );
}
