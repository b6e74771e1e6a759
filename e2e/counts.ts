// What the catalog holds, counted from the data the app ships, so no journey depends on a count typed in.
import { catalog } from '../src/catalog/catalog.ts';
import { catalogZh } from '../src/catalog/zh/catalog.ts';
import { passes, type Filters } from '../src/catalog/search/filter.ts';
import { operations } from '../src/catalog/operations/operations.ts';
import { createSearch } from '../src/catalog/search/search.ts';

const search = createSearch(
  catalog,
  operations.map((operation) => operation.name),
);

/** Every code in the catalog. */
export const TOTAL = catalog.length;

/** The table's count line for this query and these filters, as the page words it. */
export function countLine(query = '', filters: Partial<Filters> = {}): string {
  const shown = search
    .search(query)
    .filter((hit) => passes(hit.entry, { status: '', family: '', ...filters })).length;
  return `${shown} of ${TOTAL} codes`;
}

const searchZh = createSearch(
  catalogZh,
  operations.map((operation) => operation.name),
);

/** The Chinese page's count line for this query and these filters, as that page words it. */
export function countLineZh(query = '', filters: Partial<Filters> = {}): string {
  const shown = searchZh
    .search(query)
    .filter((hit) => passes(hit.entry, { status: '', family: '', ...filters })).length;
  return `共 ${TOTAL} 个错误码，显示 ${shown} 个`;
}

/** The code the Chinese page's search ranks first for a query. */
export function firstZh(query: string): string | undefined {
  return searchZh.search(query)[0]?.entry.code;
}
