import { catalogueTools, taxonomy } from '@stackyard/catalogue';
import type { Evidence } from '@stackyard/detect';
import type { ToolSummary } from '@stackyard/domain';
import type { Scan } from './scan.js';

/** Tools as aligned text columns: name, function, stacks using it. */
export function formatToolTable(tools: readonly ToolSummary[]): string {
  if (tools.length === 0) return 'No tools found.';
  const rows = tools.map((tool) => [tool.name, tool.function.name, `${tool.stats.stacks} stacks`]);
  return alignRows(rows).join('\n');
}

function alignRows(rows: string[][], indent = ''): string[] {
  const columns = Math.max(...rows.map((row) => row.length));
  const widths = Array.from({ length: columns - 1 }, (_, column) => Math.max(...rows.map((row) => row[column]?.length ?? 0)));
  return rows.map((row) => indent + row.map((cell, column) => (column < columns - 1 ? cell.padEnd(widths[column]!) : cell)).join('  ').trimEnd());
}

const layerOfFunction = new Map(
  taxonomy.flatMap((layer, position) => layer.categories.flatMap((category) => category.functions.map((fn) => [fn.slug, { name: layer.name, position }] as const))),
);
const layerOfTool = new Map(catalogueTools.map((tool) => [tool.slug, layerOfFunction.get(tool.fn)!]));

const where = (evidence: readonly Evidence[]) => {
  const [first] = evidence;
  if (!first) return '';
  return `${first.file}:${first.line}${evidence.length > 1 ? ` (+${evidence.length - 1} more)` : ''}`;
};

/** A scan as a person reads it: the tools layer by layer, each with where it was seen; then hints, unknowns, problems. */
export function formatScan(scan: Scan): string {
  const { result } = scan;
  const lines: string[] = [];
  lines.push(`${result.tools.length} tool${result.tools.length === 1 ? '' : 's'} in ${scan.root} (${scan.files} files, ${scan.seconds.toFixed(2)} s)`);
  const positions = [...new Set(result.tools.map((tool) => layerOfTool.get(tool.slug)!.position))].sort((a, b) => a - b);
  for (const position of positions) {
    lines.push('', taxonomy[position]!.name);
    const tools = result.tools.filter((tool) => layerOfTool.get(tool.slug)!.position === position);
    lines.push(...alignRows(tools.map((tool) => [tool.name, tool.scope, where(tool.evidence)]), '  '));
  }
  if (result.workspaces.length > 1) {
    lines.push('', 'Workspaces');
    lines.push(...alignRows(result.workspaces.map((workspace) => [workspace.path, workspace.name ?? '', `${workspace.tools.length} tools`]), '  '));
  }
  if (result.hints.length > 0) {
    lines.push('', 'Hints (seen, not counted)');
    lines.push(...alignRows(result.hints.map((hint) => [hint.name, hint.reason, where(hint.evidence)]), '  '));
  }
  if (result.unknown.length > 0) {
    const byEcosystem = new Map<string, number>();
    for (const item of result.unknown) byEcosystem.set(item.ecosystem, (byEcosystem.get(item.ecosystem) ?? 0) + 1);
    const counts = [...byEcosystem].map(([ecosystem, count]) => `${ecosystem} ${count}`).join(', ');
    lines.push('', `${result.unknown.length} packages the catalogue does not know (${counts}); --json lists them`);
  }
  if (result.problems.length > 0) {
    lines.push('', 'Problems');
    for (const problem of result.problems) lines.push(`  ${problem.file}: ${problem.message}`);
  }
  return lines.join('\n');
}

/** A scan as --json prints it: the result and nothing else. */
export function scanJson(scan: Scan): string {
  const { tools, hints, unknown, problems, workspaces } = scan.result;
  return JSON.stringify({ tools, hints, unknown, problems, workspaces }, null, 2);
}
