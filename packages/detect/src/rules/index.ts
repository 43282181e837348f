import { dataAiAndApisRules } from './data-ai-and-apis.js';
import type { Rule } from './rule.js';

/** Every rule: one record per catalogue tool that a tree can show. */
export const rules: readonly Rule[] = [
  ...dataAiAndApisRules,
];
