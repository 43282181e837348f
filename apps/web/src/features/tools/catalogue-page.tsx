import { useSuspenseQuery } from '@tanstack/react-query';
import { useEffect, useRef } from 'react';
import { href, useNavigation, useSearchParams } from 'react-router';
import { useApi } from '../../lib/api.js';
import { serializeCatalogueSearch } from './catalogue-url.js';
import { ToolFilterForm } from './tool-filter-form.js';
import { cleanFilters, type ToolFilters } from './tool-filters.js';
import { categoriesQuery } from './tool-queries.js';
import { ToolResults } from './tool-results.js';
import './catalogue.css';

/** The tool catalogue: search and filters kept in the URL, and the tools they find. */
export function CataloguePage({ filters }: { filters: ToolFilters }) {
  const { data: layers } = useSuspenseQuery(categoriesQuery(useApi()));
  const [, setSearchParams] = useSearchParams();
  const navigation = useNavigation();
  // Changes can arrive faster than the router applies them (a debounced search after a select): each one
  // builds on the newest asked for, not on the filters of the last render.
  const latest = useRef(filters);
  useEffect(() => {
    latest.current = filters;
  }, [filters]);

  const apply = (change: Partial<ToolFilters>) => {
    const next = cleanFilters({ ...latest.current, ...change });
    latest.current = next;
    // A refinement is not worth a history entry of its own; the page keeps its scroll position.
    setSearchParams(serializeCatalogueSearch(next), { replace: true, preventScrollReset: true });
  };
  const clear = () => {
    apply({ q: undefined, layer: undefined, function: undefined, openSource: undefined });
    // The button that was clicked disappears with the filters; the search box is where to start over.
    document.getElementById('tool-search')?.focus();
  };
  const updating = navigation.state === 'loading' && navigation.location.pathname === href('/tools');

  return (
    <>
      <ToolFilterForm filters={filters} layers={layers} onChange={apply} onClear={clear} />
      <ToolResults filters={filters} updating={updating} onClear={clear} />
    </>
  );
}
