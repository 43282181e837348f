import type { ToolLink } from '@stackyard/domain';

/** A tool the picker offers: enough to show it and to add it. */
export interface PickerOption extends ToolLink {
  /** What it is, shown under its name: its function. */
  detail: string;
}

/** Most options listed at once; the search asks for no more either. */
export const MAX_PICKER_OPTIONS = 8;

interface PickerOptionsInput {
  /** The committed search text, trimmed; empty offers the alternatives. */
  search: string;
  /** The search's tool matches, once they arrived. */
  matches: ReadonlyArray<ToolLink & { function: { name: string } }> | undefined;
  alternatives: ReadonlyArray<ToolLink & { function: { name: string } }>;
  /** The tools already compared, which are never offered. */
  compared: readonly string[];
}

/**
 * What the picker lists: with nothing typed, the comparison's alternatives (the likeliest third tool);
 * with a search, its matches. Either way without the tools already compared, and at most a screenful.
 */
export function pickerOptions({ search, matches, alternatives, compared }: PickerOptionsInput): {
  source: 'alternatives' | 'matches';
  options: PickerOption[];
} {
  const source = search === '' ? 'alternatives' : 'matches';
  const candidates = source === 'alternatives' ? alternatives : (matches ?? []);
  const options = candidates
    .filter((tool) => !compared.includes(tool.slug))
    .slice(0, MAX_PICKER_OPTIONS)
    .map((tool) => ({ slug: tool.slug, name: tool.name, logoUrl: tool.logoUrl, detail: tool.function.name }));
  return { source, options };
}

/** The option the arrow keys move to, wrapping at both ends; -1 is "none" (the text box itself). */
export function nextActiveOption(active: number, count: number, key: 'ArrowDown' | 'ArrowUp'): number {
  if (count === 0) return -1;
  if (key === 'ArrowDown') return active >= count - 1 ? 0 : active + 1;
  return active <= 0 ? count - 1 : active - 1;
}
