// Search runs here, off the main thread, so a keystroke never waits for fuse.js, however large the
// catalog grows. The page holds the same catalog in the same order, so hits travel as indexes.
import { catalog } from '../catalog/catalog.ts';
import { operations } from '../catalog/operations/operations.ts';
import { createSearch, type SearchHit } from '../catalog/search/search.ts';
import type { CatalogEntry } from '../catalog/types.ts';

/** A hit as sent to the page: the entry's index in the catalog instead of the entry. */
export type IndexedHit = Omit<SearchHit, 'entry'> & { readonly index: number };

export interface SearchAnswer {
  readonly query: string;
  readonly hits: readonly IndexedHit[];
  /** Indexes of the codes nearest to a query that found nothing. */
  readonly nearest: readonly number[];
  /** Operations the query names, for links to their pages. */
  readonly operations: readonly string[];
  /** How long the search took, so the page can tell a large catalog from a small one. */
  readonly ms: number;
}

const NEAREST = 3;
const search = createSearch(
  catalog,
  operations.map((operation) => operation.name),
);
const indexOf = new Map<CatalogEntry, number>(catalog.map((entry, index) => [entry, index]));

self.onmessage = (event: MessageEvent<string>) => {
  const query = event.data;
  const start = performance.now();
  const hits = search.search(query).map(({ entry, ...spans }) => ({ ...spans, index: indexOf.get(entry)! }));
  const nearest = hits.length === 0 ? search.nearest(query, NEAREST).map((entry) => indexOf.get(entry)!) : [];
  self.postMessage({
    query,
    hits,
    nearest,
    operations: search.operations(query),
    ms: performance.now() - start,
  } satisfies SearchAnswer);
};
