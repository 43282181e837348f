import { categoryTreeResponseSchema, toolDetailResponseSchema, toolListResponseSchema } from '@stackyard/domain';
import type { LayerNode, Page, ToolDetail, ToolSummary } from '@stackyard/domain';
import { getJson } from '../../lib/api-client.js';
import { toolListSearchParams, type ToolFilters } from './tool-filters.js';

/** GET /api/v1/tools: one keyset page; pass its nextCursor back to get the following one. */
export function fetchToolPage(
  filters: ToolFilters,
  cursor: string | null,
  signal?: AbortSignal,
): Promise<Page<ToolSummary>> {
  return getJson(`/api/v1/tools?${toolListSearchParams(filters, cursor)}`, toolListResponseSchema, signal);
}

/** GET /api/v1/categories: layers > categories > functions, with tool counts. */
export async function fetchCategories(signal?: AbortSignal): Promise<LayerNode[]> {
  const { layers } = await getJson('/api/v1/categories', categoryTreeResponseSchema, signal);
  return layers;
}

/** GET /api/v1/tools/:slug */
export async function fetchTool(slug: string, signal?: AbortSignal): Promise<ToolDetail> {
  const { tool } = await getJson(`/api/v1/tools/${encodeURIComponent(slug)}`, toolDetailResponseSchema, signal);
  return tool;
}
