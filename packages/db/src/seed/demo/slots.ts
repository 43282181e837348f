import type { Slot } from './archetypes.js';
import type { DemoStackTool } from './types.js';
import { detectionFiles } from './phrases.js';
import type { Random } from './random.js';

export const DAY = 24 * 60 * 60 * 1000;

/**
 * How a stack fills one slot of its archetype: a tool it must take (the one a team moved from, say), null
 * to leave the slot empty (its tool arrives another way), or undefined for the usual random choice.
 */
export type SlotChoice = (slot: Slot) => string | null | undefined;

/**
 * The tools of a stack created at `createdAt` from an archetype's slots: each slot filled with its
 * probability by one of its choices that the catalogue knows, a few tools arriving later (before `end`),
 * some with a note, and the file a scanner found each in when the stack was `detected`.
 */
export function fillSlots(
  random: Random,
  slots: readonly Slot[],
  known: { has(slug: string): boolean },
  createdAt: Date,
  end: number,
  detected: boolean,
  choose: SlotChoice = () => undefined,
): Map<string, DemoStackTool> {
  const tools = new Map<string, DemoStackTool>();
  for (const slot of slots) {
    const forced = choose(slot);
    if (forced === null) continue;
    if (forced === undefined && !random.chance(slot.probability)) continue;
    const choices = slot.choices.filter((choice) => known.has(choice));
    if (forced === undefined && choices.length === 0) continue;
    const tool = forced ?? random.pick(choices);
    if (tools.has(tool)) continue;
    // A few tools arrive later: they become "tools added to a stack" events. A forced tool was there first.
    const later = forced === undefined && random.chance(0.08);
    tools.set(tool, {
      tool,
      note: random.chance(0.12) ? `Used for ${random.pick(['production', 'staging', 'internal tools', 'the API', 'the admin'])}` : null,
      sourcePath: detected ? (detectionFiles[tool] ?? null) : null,
      addedAt: later ? new Date(random.int(createdAt.getTime(), end - DAY)) : createdAt,
    });
  }
  return tools;
}
