import { TOOL_SORTS, type LayerNode, type ToolSort } from '@stackyard/domain';
import { functionGroups, layerHasFunction } from './taxonomy-options.js';
import { isToolSort, SORT_LABELS, type ToolFilters } from './tool-filters.js';
import { ToolSearchBox } from './tool-search-box.js';

interface ToolFilterFormProps {
  filters: ToolFilters;
  layers: LayerNode[];
  /** True until /categories answers; the taxonomy selects wait for it. */
  layersLoading: boolean;
  /** Changes whenever the search box must forget its text and start again from `filters.q`. */
  searchResetKey: string;
  onChange: (change: Partial<ToolFilters>) => void;
  onClear: () => void;
}

export function ToolFilterForm({ filters, layers, layersLoading, searchResetKey, onChange, onClear }: ToolFilterFormProps) {
  const groups = functionGroups(layers, filters.layer);
  const hasFilters = Boolean(filters.q || filters.layer || filters.function);

  return (
    <form className="filters" role="search" aria-label="Find tools" onSubmit={(event) => event.preventDefault()}>
      <ToolSearchBox key={searchResetKey} initialQuery={filters.q} onSearch={(q) => onChange({ q })} />

      <div className="field">
        <label htmlFor="tool-layer">Layer</label>
        <select
          id="tool-layer"
          value={filters.layer ?? ''}
          disabled={layersLoading}
          onChange={(event) => {
            const layer = event.target.value || undefined;
            // A function outside the new layer would silently empty the list, so drop it.
            const keepFunction = !layer || !filters.function || layerHasFunction(layers, layer, filters.function);
            onChange({ layer, function: keepFunction ? filters.function : undefined });
          }}
        >
          <option value="">All layers</option>
          {layers.map((layer) => (
            <option key={layer.slug} value={layer.slug}>
              {layer.name} ({layer.toolCount})
            </option>
          ))}
        </select>
      </div>

      <div className="field">
        <label htmlFor="tool-function">Function</label>
        <select
          id="tool-function"
          value={filters.function ?? ''}
          disabled={layersLoading}
          onChange={(event) => onChange({ function: event.target.value || undefined })}
        >
          <option value="">All functions</option>
          {groups.map((group) => (
            <optgroup key={group.label} label={group.label}>
              {group.options.map((option) => (
                <option key={option.slug} value={option.slug}>
                  {option.name} ({option.toolCount})
                </option>
              ))}
            </optgroup>
          ))}
        </select>
      </div>

      <div className="field">
        <label htmlFor="tool-sort">Sort by</label>
        <select
          id="tool-sort"
          value={filters.sort}
          onChange={(event) => {
            const sort: string = event.target.value;
            if (isToolSort(sort)) onChange({ sort });
          }}
        >
          {TOOL_SORTS.map((sort: ToolSort) => (
            <option key={sort} value={sort}>
              {SORT_LABELS[sort]}
            </option>
          ))}
        </select>
      </div>

      {hasFilters && (
        <button type="button" className="button button--quiet filters__clear" onClick={onClear}>
          Clear filters
        </button>
      )}
    </form>
  );
}
