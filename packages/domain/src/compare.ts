import { z } from 'zod';
import {
  slugParam,
  toolLinkSchema,
  toolProfileSchema,
  toolSummarySchema,
} from './catalogue.js';
import { adoptionSchema } from './adoption.js';
import { decisionSchema } from './decisions.js';
import { cursorParam, limitParam, pageSchema } from './pagination.js';
import { stackSummarySchema } from './stacks.js';
import { textSchema } from './text.js';

import { MAX_COMPARED_TOOLS, MIN_COMPARED_TOOLS } from './compare-limits.js';

export { MAX_COMPARED_TOOLS, MIN_COMPARED_TOOLS };

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

export const usedTogetherSchema = toolLinkSchema.extend({
  /** Stacks that use this tool together with `pairedWith`. */
  stacks: z.number().int(),
  /** The slug of the compared tool this one shares the most stacks with. */
  pairedWith: z.string(),
});
export type UsedTogether = z.infer<typeof usedTogetherSchema>;

export const comparisonSchema = z.object({
  /** In the order the query named them. */
  tools: z.array(toolProfileSchema),
  /** Stacks that use every compared tool: how many, and the most followed few. */
  sharedStacks: z.object({ count: z.number().int(), items: z.array(stackSummarySchema) }),
  /** Tools every compared tool integrates with, most used first: the first PROFILE_INTEGRATIONS. */
  sharedIntegrations: z.array(toolLinkSchema),
  /** Other tools of the compared tools' functions, most used first. */
  alternatives: z.array(toolSummarySchema),
  adoption: adoptionSchema,
  /** The newest decisions anyone may see that name every compared tool ("we moved from Gunicorn to Passenger"). */
  decisions: z.array(decisionSchema),
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
