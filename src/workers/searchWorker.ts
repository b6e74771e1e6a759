// Search runs here, off the main thread, so a keystroke never waits for fuse.js, however large the
// catalog grows. The page holds the same catalog in the same order, so hits travel as indexes.
import { operations } from '../catalog/operations/operations.ts';
import { createSearch } from '../catalog/search/search.ts';
import type { CatalogEntry } from '../catalog/types.ts';
import { languageCatalog } from './language.ts';
import type { SearchAnswer, SearchAsk } from './protocol.ts';
import { serve } from './serve.ts';

const NEAREST = 3;
const ready = languageCatalog.then((catalog) => ({
  search: createSearch(
    catalog,
    operations.map((operation) => operation.name),
  ),
  indexOf: new Map<CatalogEntry, number>(catalog.map((entry, index) => [entry, index])),
}));

serve<SearchAsk, SearchAnswer>(async ({ query }) => {
  const { search, indexOf } = await ready;
  const hits = search.search(query).map(({ entry, ...spans }) => ({ ...spans, index: indexOf.get(entry)! }));
  const nearest = hits.length === 0 ? search.nearest(query, NEAREST).map((entry) => indexOf.get(entry)!) : [];
  return { kind: 'hits', hits, nearest, operations: search.operations(query) };
});
