'use client';

import { useCallback, useSyncExternalStore } from 'react';

// Fired after this hook rewrites the address; Back and Forward fire popstate.
const addressChange = 'addresschange';

function subscribe(onChange: () => void) {
  window.addEventListener('popstate', onChange);
  window.addEventListener(addressChange, onChange);
  return () => {
    window.removeEventListener('popstate', onChange);
    window.removeEventListener(addressChange, onChange);
  };
}

/**
 * The address's query string, and a way to change it in place (pushState, which the
 * Next.js router follows, so Back and Forward work). On the server it is the query the page
 * was rendered for: the events page is cached per query and rendered without a request,
 * where Next's useSearchParams would leave the whole list to the browser.
 */
export function useAddressSearch(renderedSearch: string) {
  const search = useSyncExternalStore(
    subscribe,
    () => window.location.search,
    () => renderedSearch,
  );
  const setSearch = useCallback((query: string, { replace = false } = {}) => {
    const url = query ? `?${query}` : window.location.pathname;
    window.history[replace ? 'replaceState' : 'pushState'](null, '', url);
    window.dispatchEvent(new Event(addressChange));
  }, []);
  return [search, setSearch] as const;
}
