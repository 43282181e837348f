import { useCallback, useEffect, useRef, useState } from 'react';
import { parseCatalogueSearch, serializeCatalogueSearch, type CatalogueState } from './catalogue-url.js';

/** push: a step Back should undo (opening a tool). replace: a refinement not worth a history entry. */
export type HistoryMode = 'push' | 'replace';

export interface CatalogueUrlState {
  state: CatalogueState;
  /** Merges the change into the current state and writes it to the address bar. */
  update(change: Partial<CatalogueState>, mode: HistoryMode): void;
  /** Grows on Back/Forward, so inputs holding their own text know to start over from the URL. */
  navigationCount: number;
}

/** The catalogue's state lives in the query string, so any view (e.g. ?tool=passenger) can be shared. */
export function useCatalogueUrlState(): CatalogueUrlState {
  const [state, setState] = useState(() => parseCatalogueSearch(window.location.search));
  const [navigationCount, setNavigationCount] = useState(0);
  // Debounced updates arrive after other changes; reading the ref merges into the newest state.
  const stateRef = useRef(state);

  useEffect(() => {
    const onPopState = () => {
      const next = parseCatalogueSearch(window.location.search);
      stateRef.current = next;
      setState(next);
      setNavigationCount((count) => count + 1);
    };
    window.addEventListener('popstate', onPopState);
    return () => window.removeEventListener('popstate', onPopState);
  }, []);

  const update = useCallback((change: Partial<CatalogueState>, mode: HistoryMode) => {
    const search = serializeCatalogueSearch({ ...stateRef.current, ...change });
    const next = parseCatalogueSearch(search);
    const url = `${window.location.pathname}${search}${window.location.hash}`;
    if (search !== window.location.search) {
      if (mode === 'push') window.history.pushState(null, '', url);
      else window.history.replaceState(null, '', url);
    }
    stateRef.current = next;
    setState(next);
  }, []);

  return { state, update, navigationCount };
}
