import { devopsRules } from './devops.js';
import { jvmDotnetGoRustRules } from './jvm-dotnet-go-rust.js';
import { javascriptRules } from './javascript.js';
import { languageRules } from './languages.js';
import { pythonRubyPhpElixirRules } from './python-ruby-php-elixir.js';
import type { Rule } from './rule.js';
import { cloudAndDataRules } from './cloud-and-data.js';

/** Every rule: one record per catalogue tool that a tree can show. */
export const rules: readonly Rule[] = [
  ...jvmDotnetGoRustRules,
  ...devopsRules,
  ...javascriptRules,
  ...languageRules,
  ...pythonRubyPhpElixirRules,
];
export const rules: readonly Rule[] = [...cloudAndDataRules];
