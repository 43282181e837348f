import type { ToolSeed } from '@stackyard/catalogue';
import { slugify } from '@stackyard/domain';
import { archetypes, type Archetype, type Slot } from './archetypes.js';
import type { DemoComparison } from './comparisons.js';
import type { DemoDecision, DemoStack, DemoStackTool, DemoUser } from './types.js';
import { companies, decisionBenefits, decisionCosts, detectionFiles } from './phrases.js';
import type { Random } from './random.js';
import { DAY, fillSlots } from './slots.js';

/**
 * Stacks that tell how a team moved from one tool of a comparison to another: built like any stack of the
 * archetype the first tool belongs to, with it from the start, and the second (with what it needs, when it
 * belongs to another archetype) added later, both kept while the move goes on. Their owners wrote the
 * decision ("We moved from Gunicorn to Passenger..."). So a comparison has shared stacks, a decision naming
 * its tools, and both tools' adoption charts move.
 */

/** Archetypes for tools that none names, so that their stories still hang together. */
const storyHomes: Readonly<Record<string, string>> = { flyway: 'jvm', liquibase: 'jvm' };

const names = (slot: Slot, slug: string) => slot.choices.includes(slug);
const archetypesNaming = (slug: string) => archetypes.filter((archetype) => archetype.slots.some((slot) => names(slot, slug)));

/** Where a tool is at home: an archetype naming it, or else the one storyHomes names, or else its partner's. */
function homeOf(random: Random, slug: string, partner: string): Archetype {
  const hinted = archetypes.filter((archetype) => archetype.name === storyHomes[slug]);
  const candidates = [archetypesNaming(slug), hinted, archetypesNaming(partner), archetypes].find((list) => list.length > 0)!;
  return random.weighted(candidates, (archetype) => archetype.weight);
}

const monthYear = (date: Date) => date.toLocaleDateString('en-GB', { month: 'long', year: 'numeric', timeZone: 'UTC' });

export interface Stories {
  stacks: DemoStack[];
  decisions: DemoDecision[];
}

export function generateStories(
  random: Random,
  users: readonly DemoUser[],
  existing: readonly DemoStack[],
  comparisons: readonly DemoComparison[],
  tools: ReadonlyMap<string, ToolSeed>,
  now: number,
): Stories {
  const taken = new Set(existing.map((stack) => `${stack.owner}/${stack.slug}`));
  // Owners who joined early enough to have run a tool for a while before moving off it.
  const owners = users.filter((user) => user.createdAt.getTime() < now - 150 * DAY);
  const voterPool = users.map((user) => user.username);
  const stories: Stories = { stacks: [], decisions: [] };

  for (const comparison of comparisons) {
    for (let story = 0; story < comparison.stories; story++) {
      const [from, to] = random.sample(comparison.tools, 2) as [string, string];
      const together = archetypes.filter((archetype) => archetypesNaming(from).includes(archetype) && archetypesNaming(to).includes(archetype));
      const fromHome = together.length > 0 ? random.weighted(together, (archetype) => archetype.weight) : homeOf(random, from, to);
      const toHome = together.length > 0 ? fromHome : homeOf(random, to, from);

      // Someone's stack of a name they do not use yet (there are far more owners and names than stories).
      let owner: DemoUser, company: string, name: string, slug: string;
      do {
        owner = random.pick(owners);
        company = random.pick(companies);
        name = `${company} ${random.pick(fromHome.names)}`;
        slug = slugify(name);
      } while (taken.has(`${owner.username}/${slug}`));
      taken.add(`${owner.username}/${slug}`);

      const start = owner.createdAt.getTime();
      const createdAt = new Date(start + Math.floor(random.next() ** 2 * (now - 120 * DAY - start)));
      const switchedAt = new Date(random.int(createdAt.getTime() + 30 * DAY, now - 3 * DAY));
      const detected = random.chance(0.3);
      const fromName = tools.get(from)!.name;
      const toName = tools.get(to)!.name;

      // The first tool takes its slot from the start; a slot of the second waits for the move.
      const stackTools = fillSlots(random, fromHome.slots, tools, createdAt, now, detected, (slot) =>
        names(slot, from) ? from : names(slot, to) ? null : undefined,
      );
      const arrive = (tool: string, addedAt: Date, note: string | null = null): DemoStackTool => ({
        tool,
        note,
        sourcePath: detected ? (detectionFiles[tool] ?? null) : null,
        addedAt,
      });
      stackTools.set(from, arrive(from, createdAt, `What has not moved to ${toName} yet`));
      stackTools.set(to, arrive(to, switchedAt));
      if (toHome !== fromHome) {
        // Moving to another kind of stack brings what that kind always runs, unless the stack has it.
        for (const slot of toHome.slots) {
          if (slot.probability < 1 || names(slot, to) || slot.choices.some((choice) => stackTools.has(choice))) continue;
          const choices = slot.choices.filter((choice) => tools.has(choice));
          if (choices.length === 0) continue;
          const tool = random.pick(choices);
          stackTools.set(tool, arrive(tool, switchedAt));
        }
      }

      const items = [...stackTools.values()];
      const stack: DemoStack = {
        owner: owner.username,
        slug,
        name,
        description: `The system behind ${company}. It moved from ${fromName} to ${toName} in ${monthYear(switchedAt)}; ${fromName} still runs what has not moved yet.`,
        createdAt,
        updatedAt: new Date(Math.max(...items.map((item) => item.addedAt.getTime()))),
        tools: items,
      };
      stories.stacks.push(stack);

      const benefit = random.pick(decisionBenefits);
      const cost = random.pick(decisionCosts);
      const body = random.pick([
        `We moved from **${fromName}** to **${toName}** for ${name}. ${toName} gave us ${benefit}.\n\n` +
          `The cost was ${cost}, and ${fromName} still serves the parts we have not moved yet.`,
        `${name} moved from **${fromName}** to **${toName}** after a long trial. What decided it was ${benefit}; ` +
          `what it cost us was ${cost}.`,
        `Why we moved from **${fromName}** to **${toName}**: ${benefit}. It took ${cost}, which we would accept again.`,
      ]);
      stories.decisions.push({
        author: owner.username,
        stack: { owner: owner.username, slug },
        body,
        tools: [from, to],
        createdAt: new Date(Math.min(switchedAt.getTime() + random.int(1, 14) * DAY, now - DAY)),
        voters: random.sample(voterPool, random.int(2, 30)),
      });
    }
  }
  return stories;
}
