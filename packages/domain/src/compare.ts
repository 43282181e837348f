import { z } from 'zod';
import {
  slugParam,
  toolLinkSchema,
  toolProfileSchema,
  toolSummarySchema,
} from './catalogue.js';
import { cursorParam, limitParam, pageSchema } from './pagination.js';
import { stackSummarySchema } from './stacks.js';
import { textSchema } from './text.js';

export const MIN_COMPARED_TOOLS = 2;
export const MAX_COMPARED_TOOLS = 3;
/** Months of history in a comparison's adoption chart, the current month last. */
export const ADOPTION_MONTHS = 24;

/** GET /api/v1/compare?tools=gunicorn,passenger[,third] */
export const compareQuerySchema = z.object({
  tools: textSchema()
    .max(300)
    .transform((text) => text.split(',').map((slug) => slug.trim()))
    .pipe(
      z
        .array(slugParam)
        .min(MIN_COMPARED_TOOLS, `must name ${MIN_COMPARED_TOOLS} or ${MAX_COMPARED_TOOLS} tools, separated by commas`)
        .max(MAX_COMPARED_TOOLS, `must name ${MIN_COMPARED_TOOLS} or ${MAX_COMPARED_TOOLS} tools, separated by commas`)
        .refine((slugs) => new Set(slugs).size === slugs.length, 'must name each tool once'),
    ),
});
export type CompareQuery = z.infer<typeof compareQuerySchema>;

/** A comparison people opened, with how often. */
export const comparisonSummarySchema = z.object({
  /** The compared tools, in slug order: /compare/a-vs-b[-vs-c]. */
  tools: z.array(toolLinkSchema),
  views: z.number().int(),
});
export type ComparisonSummary = z.infer<typeof comparisonSummarySchema>;

/** How many stacks added each compared tool, month by month. */
export const adoptionSchema = z.object({
  /** "YYYY-MM" (UTC), oldest first, ending with the current month. */
  months: z.array(z.string()),
  series: z.array(z.object({ slug: z.string(), stacksAdded: z.array(z.number().int()) })),
});
export type Adoption = z.infer<typeof adoptionSchema>;

export const usedTogetherSchema = toolLinkSchema.extend({
  /** Stacks that use this tool together with at least one of the compared tools. */
  stacks: z.number().int(),
});
export type UsedTogether = z.infer<typeof usedTogetherSchema>;

export const comparisonSchema = z.object({
  /** In the order the query named them. */
  tools: z.array(toolProfileSchema),
  /** Stacks that use every compared tool: how many, and the most followed few. */
  sharedStacks: z.object({ count: z.number().int(), items: z.array(stackSummarySchema) }),
  /** Tools every compared tool integrates with. */
  sharedIntegrations: z.array(toolLinkSchema),
  /** Other tools of the compared tools' functions, most used first. */
  alternatives: z.array(toolSummarySchema),
  adoption: adoptionSchema,
  related: z.object({
    /** Other comparisons with one of these tools, most viewed first. */
    comparisons: z.array(comparisonSummarySchema),
    /** Tools that stacks use most often alongside these. */
    usedTogether: z.array(usedTogetherSchema),
  }),
});
export type Comparison = z.infer<typeof comparisonSchema>;
export const compareResponseSchema = z.object({ comparison: comparisonSchema });

/** GET /api/v1/comparisons/popular */
export const popularComparisonsQuerySchema = z.object({ cursor: cursorParam('number').optional(), limit: limitParam });
export type PopularComparisonsQuery = z.infer<typeof popularComparisonsQuerySchema>;
export const popularComparisonsResponseSchema = pageSchema(comparisonSummarySchema);

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
