import type { Rule } from './rule.js';
import { cloudAndDataRules } from './cloud-and-data.js';

/** Every rule: one record per catalogue tool that a tree can show. */
export const rules: readonly Rule[] = [...cloudAndDataRules];
