import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { ErrorAlert } from '../../components/error-alert.js';
import { useApi } from '../../lib/api.js';
import { filtersOf, serializeCatalogueSearch } from './catalogue-url.js';
import { toolLinkId } from './tool-card.js';
import { ToolDetailPanel } from './tool-detail-panel.js';
import { ToolFilterForm } from './tool-filter-form.js';
import { categoriesQuery } from './tool-queries.js';
import { ToolResults } from './tool-results.js';
import { useCatalogueUrlState } from './use-catalogue-url-state.js';

/** The tool catalogue: search and filters, the list of tools, and the detail of the one opened. */
export function CataloguePage() {
  const { state, update, navigationCount } = useCatalogueUrlState();
  const [clearCount, setClearCount] = useState(0);
  const [detailFocusRequest, setDetailFocusRequest] = useState(0);
  const categories = useQuery(categoriesQuery(useApi()));
  const filters = filtersOf(state);

  const hrefFor = (slug: string) => serializeCatalogueSearch({ ...state, tool: slug });
  const openTool = (slug: string) => {
    update({ tool: slug }, 'push');
    setDetailFocusRequest((count) => count + 1);
  };

  const closeTool = () => {
    const closedSlug = state.tool;
    update({ tool: undefined }, 'push');
    // Give focus back to the card that opened the panel; the panel itself is about to disappear.
    const cardLink = closedSlug ? document.getElementById(toolLinkId(closedSlug)) : null;
    (cardLink ?? document.getElementById('results-title'))?.focus();
  };

  const clearFilters = () => {
    update({ q: undefined, layer: undefined, function: undefined }, 'replace');
    setClearCount((count) => count + 1);
    // The button that was clicked disappears with the filters; the search box is where to start over.
    requestAnimationFrame(() => document.getElementById('tool-search')?.focus());
  };

  return (
    <>
      <ToolFilterForm
        filters={filters}
        layers={categories.data ?? []}
        layersLoading={categories.isPending}
        searchResetKey={`${navigationCount}:${clearCount}`}
        onChange={(change) => update(change, 'replace')}
        onClear={clearFilters}
      />
      {categories.isError && (
        <ErrorAlert
          title="Could not load the categories, so only search and sort are available."
          error={categories.error}
          onRetry={() => void categories.refetch()}
        />
      )}

      <div className={state.tool ? 'catalogue catalogue--with-detail' : 'catalogue'}>
        {/* The panel comes first in the DOM, so focus moving into it matches what is read and seen. */}
        {state.tool && (
          <ToolDetailPanel
            slug={state.tool}
            focusRequest={detailFocusRequest}
            hrefFor={hrefFor}
            onOpenTool={openTool}
            onClose={closeTool}
          />
        )}
        <ToolResults filters={filters} selectedSlug={state.tool} hrefFor={hrefFor} onOpenTool={openTool} />
      </div>
    </>
  );
}
