// What the catalog holds, counted from the data the app ships, so no journey depends on a count typed in.
import { catalog } from '../src/catalog/catalog.ts';
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
