import type { StackDetail } from '@stackyard/domain';

type StackTool = StackDetail['groups'][number]['categories'][number]['tools'][number];

/**
 * Where a detected tool of a stack was seen: the file and line of its first evidence ("package.json:4"),
 * when detection last confirmed it, and the other places. Tools added by hand are the usual case and say nothing.
 */
export function toolProvenance(
  tool: Pick<StackTool, 'source' | 'sourcePath' | 'sourceLine' | 'detectedAt' | 'evidence'>,
): { place: string; confirmedAt: string | null; more: StackTool['evidence'] } | null {
  if (tool.source !== 'detected') return null;
  const [first, ...more] = tool.evidence;
  const place = first ? `${first.file}:${first.line}` : tool.sourcePath ? `${tool.sourcePath}${tool.sourceLine ? `:${tool.sourceLine}` : ''}` : 'a scan';
  return { place, confirmedAt: tool.detectedAt, more };
}

/** How many tools a layer of the stack holds, over all its categories. */
export function layerToolCount(layer: StackDetail['groups'][number]): number {
  return layer.categories.reduce((sum, category) => sum + category.tools.length, 0);
}

/** The id of a layer's section, for the in-page links of the layer summary. */
export function layerSectionId(layerSlug: string): string {
  return `layer-${layerSlug}`;
}

/** Every tool of the stack in page order (layer, category, then as the API listed them). */
export function stackTools(stack: Pick<StackDetail, 'groups'>): StackTool[] {
  return stack.groups.flatMap((layer) => layer.categories.flatMap((category) => category.tools));
}

/** The description for link previews: the stack's own, or one made from its first tools. */
export function stackDescription(stack: Pick<StackDetail, 'name' | 'description' | 'groups'>, ownerName: string): string {
  if (stack.description.trim()) return stack.description;
  const tools = stackTools(stack).map((tool) => tool.name);
  if (tools.length === 0) return `${stack.name}, a stack shared by ${ownerName} on Stackyard.`;
  const named = tools.slice(0, 5).join(', ');
  return `${stack.name} by ${ownerName}: ${named}${tools.length > 5 ? ` and ${tools.length - 5} more` : ''}.`;
}
