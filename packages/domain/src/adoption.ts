import { z } from 'zod';

/**
 * Adoption over time: how many stacks added a tool, month by month. A tool page charts one tool and a
 * comparison its 2-3 tools, over the same months, from the same query.
 */

/** Months of history in an adoption chart, the current month last. */
export const ADOPTION_MONTHS = 24;

/** How many stacks added each tool, month by month. */
export const adoptionSchema = z.object({
  /** "YYYY-MM" (UTC), oldest first, ending with the current month. */
  months: z.array(z.string()),
  series: z.array(z.object({ slug: z.string(), stacksAdded: z.array(z.number().int()) })),
});
export type Adoption = z.infer<typeof adoptionSchema>;

/**
 * The months of an adoption chart: ADOPTION_MONTHS of them as "YYYY-MM" (UTC), ending with the month of
 * `now`, and the instant the first one starts.
 */
export function adoptionMonths(now: Date, count = ADOPTION_MONTHS): { months: string[]; since: Date } {
  const months: string[] = [];
  for (let back = count - 1; back >= 0; back--) {
    const month = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - back, 1));
    months.push(`${month.getUTCFullYear()}-${String(month.getUTCMonth() + 1).padStart(2, '0')}`);
  }
  return { months, since: new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - (count - 1), 1)) };
}
