import { taxonomy } from './taxonomy.js';
import { businessTools } from './tools/business.js';
import { cloudAndServicesTools } from './tools/cloud-and-services.js';
import { dataAiAndApisTools } from './tools/data-ai-and-apis.js';
import { dataTools } from './tools/data.js';
import { devopsTools } from './tools/devops.js';
import { infrastructureTools } from './tools/infrastructure.js';
import { jvmDotnetGoRustTools } from './tools/jvm-dotnet-go-rust.js';
import { javascriptEcosystemTools } from './tools/javascript-ecosystem.js';
import { languagesAndFrameworksTools } from './tools/languages-and-frameworks.js';
import { platformTools } from './tools/platform.js';
import { pythonRubyPhpElixirTools } from './tools/python-ruby-php-elixir.js';
import { utilitiesTools } from './tools/utilities.js';
import type { ToolSeed } from './types.js';

export { taxonomy };
export type { CategorySeed, FunctionSeed, LayerSeed, ToolSeed } from './types.js';

/** Every tool of the catalogue, in a stable order (seeding inserts them in this order). */
export const catalogueTools: readonly ToolSeed[] = [
  ...languagesAndFrameworksTools,
  ...platformTools,
  ...dataTools,
  ...infrastructureTools,
  ...utilitiesTools,
  ...devopsTools,
  ...businessTools,
  ...jvmDotnetGoRustTools,
  ...javascriptEcosystemTools,
  ...pythonRubyPhpElixirTools,
  ...cloudAndServicesTools,
  ...dataAiAndApisTools,
];

/** Integration pairs by slug, each pair once, smaller slug first. */
export function integrationPairs(tools: readonly ToolSeed[] = catalogueTools): Array<[string, string]> {
  const pairs = new Map<string, [string, string]>();
  for (const tool of tools) {
    for (const other of tool.integrations ?? []) {
      const pair: [string, string] = tool.slug < other ? [tool.slug, other] : [other, tool.slug];
      pairs.set(pair.join(' '), pair);
    }
  }
  return [...pairs.values()];
}
