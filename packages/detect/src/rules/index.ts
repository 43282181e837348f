import { languageRules } from './languages.js';
import { pythonRubyPhpElixirRules } from './python-ruby-php-elixir.js';
import type { Rule } from './rule.js';

/** Every rule: one record per catalogue tool that a tree can show. */
export const rules: readonly Rule[] = [
  ...languageRules,
  ...pythonRubyPhpElixirRules,
];
