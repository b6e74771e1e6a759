import { familyOf } from './families.ts';
import type { CatalogFacts, Family } from './types.ts';

/** "404" or a status class such as "4xx": typed in the search box, it filters by status. */
export const STATUS_FILTER = /^([1-5])(\d\d|xx)$/i;

/** True when a status matches "404" or a class like "4xx". */
export function statusMatches(status: number, filter: string): boolean {
  const match = STATUS_FILTER.exec(filter.trim());
  if (!match) return false;
  if (match[2]?.toLowerCase() === 'xx') return Math.floor(status / 100) === Number(match[1]);
  return status === Number(filter);
}

export interface Filters {
  /** "", a status such as "404", or a class such as "4xx". */
  readonly status: string;
  /** "", or a family such as "Forbidden" ("none" for codes without a prefix). */
  readonly prefix: string;
}

/** Whether an entry passes the status and family filters. */
export function passes(entry: CatalogFacts, filters: Filters): boolean {
  if (filters.status !== '' && !statusMatches(entry.httpStatus, filters.status)) return false;
  return filters.prefix === '' || familyOf(entry.code) === filters.prefix;
}

/** Each status and family present in `entries`, with how many entries have it, in a stable order. */
export function facetCounts(entries: readonly CatalogFacts[]): {
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
