import type { DetectEvidence, LayerNode, StackDetail, UpdateStackRequest } from '@stackyard/domain';

/** A tool as the editor holds it: enough to show it (logo, layer) and what the owner wrote about it. */
export interface EditorTool {
  slug: string;
  name: string;
  logoUrl: string | null;
  layer: { slug: string; name: string };
  note: string;
  /** Where the files imported into the editor show it: sent on saving, so the stack stores it as detected. */
  evidence?: DetectEvidence[];
  /** The file and line detection saw it at (the first evidence), shown on its row. */
  detected?: { file: string; line: number };
}

/** Everything the stack form holds: what a draft saves and what the API is sent. */
export interface StackDraft {
  name: string;
  description: string;
  websiteUrl: string;
  tools: EditorTool[];
}

export const EMPTY_DRAFT: StackDraft = { name: '', description: '', websiteUrl: '', tools: [] };

export interface EditorLayer {
  slug: string;
  name: string;
  tools: EditorTool[];
}

/** A stack as its page shows it, as the editor's starting point: its layers' tools in the owner's order. */
export function draftOfStack(stack: StackDetail): StackDraft {
  return {
    name: stack.name,
    description: stack.description,
    websiteUrl: stack.websiteUrl ?? '',
    tools: stack.groups.flatMap((layer) =>
      layer.categories.flatMap((category) =>
        category.tools.map((tool) => ({
          slug: tool.slug,
          name: tool.name,
          logoUrl: tool.logoUrl,
          layer: { slug: layer.slug, name: layer.name },
          note: tool.note ?? '',
          // Shown, never sent back: saving leaves a detected tool's evidence and confirmation date as they are.
          ...(tool.source === 'detected' && tool.sourcePath && tool.sourceLine ? { detected: { file: tool.sourcePath, line: tool.sourceLine } } : {}),
        })),
      ),
    ),
  };
}

/** Which layer each function belongs to, from the taxonomy tree: a search hit names only its function. */
export function layerOfFunction(layers: LayerNode[]): Map<string, { slug: string; name: string }> {
  const found = new Map<string, { slug: string; name: string }>();
  for (const layer of layers) {
    for (const category of layer.categories) for (const fn of category.functions) found.set(fn.slug, { slug: layer.slug, name: layer.name });
  }
  return found;
}

/**
 * The tools layer by layer, as a stack's page groups them: layers in the taxonomy's order (`layerOrder`, slugs),
 * any the taxonomy does not list after them, and within each layer the owner's order.
 */
export function groupByLayer(tools: EditorTool[], layerOrder: string[]): EditorLayer[] {
  const layers = new Map<string, EditorLayer>();
  for (const tool of tools) {
    let layer = layers.get(tool.layer.slug);
    if (!layer) layers.set(tool.layer.slug, (layer = { ...tool.layer, tools: [] }));
    layer.tools.push(tool);
  }
  const rank = (slug: string) => {
    const index = layerOrder.indexOf(slug);
    return index === -1 ? layerOrder.length : index;
  };
  return [...layers.values()].sort((a, b) => rank(a.slug) - rank(b.slug));
}

/** Adds a tool at the end of its layer; a tool already listed stays where it is. */
export function addTool(tools: EditorTool[], tool: EditorTool): EditorTool[] {
  if (tools.some((listed) => listed.slug === tool.slug)) return tools;
  return [...tools, tool];
}

/**
 * Tools found in imported files, merged into the editor's: one already listed keeps its place and note and
 * takes the evidence (so saving confirms it); the others are added at the end of their layers.
 */
export function mergeImported(tools: EditorTool[], imported: (Omit<EditorTool, 'evidence'> & { evidence: DetectEvidence[] })[]): EditorTool[] {
  const bySlug = new Map(imported.map((tool) => [tool.slug, tool]));
  const merged = tools.map((tool) => {
    const found = bySlug.get(tool.slug);
    if (!found) return tool;
    bySlug.delete(tool.slug);
    return { ...tool, evidence: found.evidence, detected: found.detected };
  });
  return [...merged, ...bySlug.values()];
}

export function removeTool(tools: EditorTool[], slug: string): EditorTool[] {
  return tools.filter((tool) => tool.slug !== slug);
}

export function setToolNote(tools: EditorTool[], slug: string, note: string): EditorTool[] {
  return tools.map((tool) => (tool.slug === slug ? { ...tool, note } : tool));
}

/** Where a tool stands in its layer: 0-based, and how many its layer holds. */
export function placeInLayer(tools: EditorTool[], slug: string): { index: number; count: number } {
  const tool = tools.find((listed) => listed.slug === slug);
  if (!tool) return { index: -1, count: 0 };
  const layer = tools.filter((listed) => listed.layer.slug === tool.layer.slug);
  return { index: layer.findIndex((listed) => listed.slug === slug), count: layer.length };
}

/** Swaps a tool with its neighbour above or below in the same layer; at the layer's edge nothing moves. */
export function moveTool(tools: EditorTool[], slug: string, direction: 'up' | 'down'): EditorTool[] {
  const from = tools.findIndex((tool) => tool.slug === slug);
  if (from === -1) return tools;
  const layer = tools[from]!.layer.slug;
  const step = direction === 'up' ? -1 : 1;
  let to = from + step;
  while (to >= 0 && to < tools.length && tools[to]!.layer.slug !== layer) to += step;
  if (to < 0 || to >= tools.length) return tools;
  const moved = [...tools];
  [moved[from], moved[to]] = [moved[to]!, moved[from]!];
  return moved;
}

/** What create and update are sent: the tools in the order the editor shows them, empty notes left out. */
export function stackRequestOf(draft: StackDraft, layerOrder: string[]): Required<Pick<UpdateStackRequest, 'name' | 'description' | 'tools'>> & { websiteUrl: string | null } {
  return {
    name: draft.name,
    description: draft.description,
    websiteUrl: draft.websiteUrl.trim() === '' ? null : draft.websiteUrl.trim(),
    tools: groupByLayer(draft.tools, layerOrder).flatMap((layer) =>
      layer.tools.map((tool) => ({
        slug: tool.slug,
        note: tool.note.trim() === '' ? null : tool.note,
        ...(tool.evidence && tool.evidence.length > 0 ? { evidence: tool.evidence } : {}),
      })),
    ),
  };
}

export function sameDraft(a: StackDraft, b: StackDraft): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/** A draft read back from storage, if it still has the shape this editor writes (storage outlives versions). */
export function parseDraft(value: unknown): StackDraft | null {
  if (typeof value !== 'object' || value === null) return null;
  const { name, description, websiteUrl, tools } = value as Record<string, unknown>;
  if (typeof name !== 'string' || typeof description !== 'string' || typeof websiteUrl !== 'string' || !Array.isArray(tools)) return null;
  const parsed: EditorTool[] = [];
  for (const tool of tools as unknown[]) {
    if (typeof tool !== 'object' || tool === null) return null;
    const { slug, name: toolName, logoUrl, layer, note, evidence, detected } = tool as Record<string, unknown>;
    const layerRecord = layer as Record<string, unknown> | null;
    if (typeof slug !== 'string' || typeof toolName !== 'string' || typeof note !== 'string') return null;
    if (logoUrl !== null && typeof logoUrl !== 'string') return null;
    if (typeof layerRecord !== 'object' || layerRecord === null || typeof layerRecord.slug !== 'string' || typeof layerRecord.name !== 'string') return null;
    const entry: EditorTool = { slug, name: toolName, logoUrl, layer: { slug: layerRecord.slug, name: layerRecord.name }, note };
    // Evidence is optional: a draft of an older editor has none, and one that looks wrong is dropped, not the tool.
    if (Array.isArray(evidence) && evidence.length > 0 && evidence.every(isEvidence)) entry.evidence = evidence;
    if (isPlace(detected)) entry.detected = { file: detected.file, line: detected.line };
    parsed.push(entry);
  }
  return { name, description, websiteUrl, tools: parsed };
}

function isPlace(value: unknown): value is { file: string; line: number } {
  const place = value as { file?: unknown; line?: unknown } | null;
  return typeof place === 'object' && place !== null && typeof place.file === 'string' && typeof place.line === 'number';
}

function isEvidence(value: unknown): value is DetectEvidence {
  const evidence = value as Record<string, unknown>;
  return isPlace(value) && typeof evidence.kind === 'string' && typeof evidence.package === 'string' && typeof evidence.snippet === 'string' && (evidence.version === undefined || typeof evidence.version === 'string');
}
