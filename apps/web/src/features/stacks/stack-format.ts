import type { StackDetail } from '@stackyard/domain';

type StackTool = StackDetail['groups'][number]['categories'][number]['tools'][number];

/**
 * Where a tool in a stack came from, when that is worth saying: the file a scan found it in. Tools added by
 * hand are the usual case and say nothing.
 */
export function toolOrigin(tool: Pick<StackTool, 'source' | 'sourcePath'>): string | null {
  if (tool.source !== 'detected') return null;
  return tool.sourcePath ? `Detected in ${tool.sourcePath}` : 'Detected by a scan';
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
