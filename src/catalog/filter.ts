import { familyOf } from './families.ts';
import { statusMatches } from './search.ts';
import type { CatalogEntry, Family } from './types.ts';

export interface Filters {
  /** "", a status such as "404", or a class such as "4xx". */
  readonly status: string;
  /** "", or a family such as "Forbidden" ("none" for codes without a prefix). */
  readonly prefix: string;
}

/** Whether an entry passes the status and family filters. */
export function passes(entry: CatalogEntry, filters: Filters): boolean {
  if (filters.status !== '' && !statusMatches(entry.httpStatus, filters.status)) return false;
  return filters.prefix === '' || familyOf(entry.code) === filters.prefix;
}

/** Each status and family present in `entries`, with how many entries have it, in a stable order. */
export function facetCounts(entries: readonly CatalogEntry[]): {
  statuses: ReadonlyMap<string, number>;
  families: ReadonlyMap<Family, number>;
} {
  const statuses = new Map<string, number>();
  const families = new Map<Family, number>();
  const sorted = [...entries].sort((a, b) => a.httpStatus - b.httpStatus);
  for (const entry of sorted) {
    const status = String(entry.httpStatus);
    statuses.set(status, (statuses.get(status) ?? 0) + 1);
    const family = familyOf(entry.code);
    families.set(family, (families.get(family) ?? 0) + 1);
  }
  return { statuses, families };
}
