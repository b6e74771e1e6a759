import { useEffect, useMemo, useState } from 'react';
import type { CatalogSearch, SearchHit } from '../catalog/search.ts';
import type { CatalogFacts } from '../catalog/types.ts';

/** A row of the table: search hits carry whole entries, but a row needs only the facts. */
export type ShownHit = Omit<SearchHit, 'entry'> & { readonly entry: CatalogFacts };

// fuse.js, the index and the catalog's guidance are not needed to show the table, only to search it:
// they load on the first sign of a search (focus, a query), keeping them out of the first view's bytes.
let loading: Promise<CatalogSearch> | undefined;

/** Starts loading the search over the whole catalog; safe to call often. */
export function preloadSearch(): Promise<CatalogSearch> {
  loading ??= Promise.all([import('../catalog/search.ts'), import('../catalog/catalog.ts')]).then(
    ([{ createSearch }, { catalog }]) => createSearch(catalog),
  );
  return loading;
}

/** The search once loaded; until then every entry of `facts`, in catalog order, unhighlighted. */
export function useCatalogSearch(
  facts: readonly CatalogFacts[],
  query: string,
): { search: CatalogSearch | undefined; hits: readonly ShownHit[] } {
  const [search, setSearch] = useState<CatalogSearch>();

  useEffect(() => {
    if (query.trim() === '' || search) return;
    let current = true;
    void preloadSearch().then((loaded) => current && setSearch(() => loaded));
    return () => {
      current = false;
    };
  }, [query, search]);

  const hits = useMemo(
    () => (search ? search.search(query) : facts.map((entry) => ({ entry, code: [], message: [] }))),
    [search, query, facts],
  );
  return { search, hits };
}
