import { addressOf } from './client.js';
import { contracts } from './contracts.js';
import type { RouteEntry } from './http.js';

/** Every endpoint's address by resource and name, as the browser's client needs them (no schemas; the
 * operationId is `resource.name`, so it is not repeated). */
export function routeTableOf(): Record<string, Record<string, RouteEntry>> {
  return Object.fromEntries(
    Object.entries(contracts).map(([resource, group]) => [
      resource,
      Object.fromEntries(
        Object.entries(group).map(([name, contract]) => {
          const { operationId: _derived, ...entry } = addressOf(contract);
          return [name, entry];
        }),
      ),
    ]),
  );
}

/** The source of route-table.ts: written by `pnpm --filter @stackyard/contract route-table`. */
export function routeTableSource(): string {
  return [
    '// Written from the contracts by scripts/write-route-table.ts; route-table.test.ts fails when it drifts.',
    '// The browser client (browser-client.ts) sends with these addresses, so public pages carry no schemas.',
    "import type { RouteEntry } from './http.js';",
    '',
    `export const routeTable: Record<string, Record<string, RouteEntry>> = ${JSON.stringify(routeTableOf(), null, 2)};`,
    '',
  ].join('\n');
}
