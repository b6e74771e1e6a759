// Search runs here, off the main thread, so a keystroke never waits for fuse.js, however large the
// catalog grows. The page holds the same catalog in the same order, so hits travel as indexes.
import { catalog } from '../catalog/catalog.ts';
import { operations } from '../catalog/operations/operations.ts';
import { createSearch } from '../catalog/search/search.ts';
import type { CatalogEntry } from '../catalog/types.ts';
import type { SearchAnswer, SearchAsk } from './protocol.ts';
import { serve } from './serve.ts';

const NEAREST = 3;
const search = createSearch(
  catalog,
  operations.map((operation) => operation.name),
);
const indexOf = new Map<CatalogEntry, number>(catalog.map((entry, index) => [entry, index]));

serve<SearchAsk, SearchAnswer>(({ query }) => {
  const hits = search.search(query).map(({ entry, ...spans }) => ({ ...spans, index: indexOf.get(entry)! }));
  const nearest = hits.length === 0 ? search.nearest(query, NEAREST).map((entry) => indexOf.get(entry)!) : [];
  return { kind: 'hits', hits, nearest, operations: search.operations(query) };
});
