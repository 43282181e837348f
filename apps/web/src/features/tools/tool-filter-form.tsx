import type { LayerNode, ToolSort } from '@stackyard/domain';
import { href } from 'react-router';
import { functionGroups, layerHasFunction } from './taxonomy-options.js';
import { isToolSort, SORT_LABELS, TOOL_SORTS, type ToolFilters } from './tool-filters.js';
import { ToolSearchBox } from './tool-search-box.js';

interface ToolFilterFormProps {
  filters: ToolFilters;
  layers: LayerNode[];
  onChange: (change: Partial<ToolFilters>) => void;
  onClear: () => void;
}

const LICENCE_CHOICES = [
  { value: '', label: 'Any licence' },
  { value: 'true', label: 'Open source' },
  { value: 'false', label: 'Proprietary' },
] as const;

/**
 * The catalogue's filters. Every change is applied at once; the form is also a plain GET form to /tools
 * (Enter in the search box submits it), so it works before the page's script has loaded.
 */
export function ToolFilterForm({ filters, layers, onChange, onClear }: ToolFilterFormProps) {
  const groups = functionGroups(layers, filters.layer);
  const hasFilters = Boolean(filters.q || filters.layer || filters.function || filters.openSource !== undefined);

  return (
    <form
      className="filters catalogue-filters"
      role="search"
      aria-label="Find tools"
      method="get"
      action={href('/tools')}
      onSubmit={(event) => event.preventDefault()}
    >
      <ToolSearchBox query={filters.q} onSearch={(q) => onChange({ q })} />

      <div className="field">
        <label htmlFor="tool-layer">Layer</label>
        <select
          id="tool-layer"
          name="layer"
          value={filters.layer ?? ''}
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
          name="function"
          value={filters.function ?? ''}
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
        <label htmlFor="tool-licence">Licence</label>
        <select
          id="tool-licence"
          name="openSource"
          value={filters.openSource === undefined ? '' : String(filters.openSource)}
          onChange={(event) => onChange({ openSource: event.target.value === '' ? undefined : event.target.value === 'true' })}
        >
          {LICENCE_CHOICES.map((choice) => (
            <option key={choice.value} value={choice.value}>
              {choice.label}
            </option>
          ))}
        </select>
      </div>

      <div className="field">
        <label htmlFor="tool-sort">Sort by</label>
        <select
          id="tool-sort"
          name="sort"
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
