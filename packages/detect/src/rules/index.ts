import { cloudAndDataRules } from './cloud-and-data.js';
import { dataAiAndApisRules } from './data-ai-and-apis.js';
import { devopsRules } from './devops.js';
import { javascriptRules } from './javascript.js';
import { jvmDotnetGoRustRules } from './jvm-dotnet-go-rust.js';
import { languageRules } from './languages.js';
import { pythonRubyPhpElixirRules } from './python-ruby-php-elixir.js';
import type { Rule } from './rule.js';

/** Every rule: one record per catalogue tool that a tree can show, by area. */
export const rules: readonly Rule[] = [
  ...languageRules,
  ...javascriptRules,
  ...pythonRubyPhpElixirRules,
  ...jvmDotnetGoRustRules,
  ...devopsRules,
  ...cloudAndDataRules,
  ...dataAiAndApisRules,
];
