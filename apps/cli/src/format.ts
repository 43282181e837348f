import type { ToolSummary } from '@stackyard/domain';

/** Tools as aligned text columns: name, function, stacks using it. */
export function formatToolTable(tools: readonly ToolSummary[]): string {
  if (tools.length === 0) return 'No tools found.';
  const rows = tools.map((tool) => [tool.name, tool.function.name, `${tool.stats.stacks} stacks`]);
  const widths = [0, 1].map((column) => Math.max(...rows.map((row) => row[column]!.length)));
  return rows.map(([name, fn, stacks]) => `${name!.padEnd(widths[0]!)}  ${fn!.padEnd(widths[1]!)}  ${stacks}`).join('\n');
}
