import { errorResponseSchema, toolListResponseSchema, type ToolSummary } from '@stackyard/domain';

/** Talks to a Stackyard server over its public HTTP contract, parsing answers with the shared schemas. */
export class ApiClient {
  readonly #server: string;

  constructor(server: string) {
    this.#server = server.replace(/\/+$/, '');
  }

  async searchTools(text: string, limit = 10): Promise<ToolSummary[]> {
    const url = `${this.#server}/api/v1/tools?${new URLSearchParams({ q: text, limit: String(limit) })}`;
    const response = await fetch(url, { headers: { Accept: 'application/json' } });
    const body: unknown = await response.json().catch(() => null);
    if (!response.ok) {
      const parsed = errorResponseSchema.safeParse(body);
      throw new Error(parsed.success ? parsed.data.error.message : `The server answered ${response.status}`);
    }
    return toolListResponseSchema.parse(body).items;
  }
}
