import { familyOf } from '../families.ts';
import { statusesOf } from '../statuses.ts';
import type { CatalogFacts, Family } from '../types.ts';

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

/** True when any status a source gives the entry matches the filter ("404", "4xx"). */
export function hasStatus(entry: CatalogFacts, filter: string): boolean {
  return statusesOf(entry).some((status) => statusMatches(status, filter));
}

/** Whether an entry passes the status and family filters; a status filter counts every documented status. */
export function passes(entry: CatalogFacts, filters: Filters): boolean {
  if (filters.status !== '' && !hasStatus(entry, filters.status)) return false;
  return filters.prefix === '' || familyOf(entry.code) === filters.prefix;
}

/** Each status and family present in `entries`, with how many entries have it, in a stable order. */
export function facetCounts(entries: readonly CatalogFacts[]): {
  statuses: ReadonlyMap<string, number>;
  families: ReadonlyMap<Family, number>;
} {
  const statuses = new Map<string, number>();
  const families = new Map<Family, number>();
  for (const entry of entries) {
    for (const status of statusesOf(entry))
      statuses.set(String(status), (statuses.get(String(status)) ?? 0) + 1);
    const family = familyOf(entry.code);
    families.set(family, (families.get(family) ?? 0) + 1);
  }
  return { statuses: new Map([...statuses].sort(([a], [b]) => Number(a) - Number(b))), families };
}

/**
 * What each filter choice would show of `entries`: per status and status class ("4xx") under the
 * current family filter, and per family under the current status filter. One pass, so the counts stay
 * cheap however many entries the search found.
 */
export function choiceCounts(
  entries: readonly CatalogFacts[],
  filters: Filters,
): { statuses: ReadonlyMap<string, number>; families: ReadonlyMap<Family, number> } {
  const statuses = new Map<string, number>();
  const families = new Map<Family, number>();
  const add = <K>(counts: Map<K, number>, key: K) => counts.set(key, (counts.get(key) ?? 0) + 1);
  for (const entry of entries) {
    const family = familyOf(entry.code);
    if (filters.prefix === '' || family === filters.prefix) {
      const all = statusesOf(entry);
      for (const status of all) add(statuses, String(status));
      for (const group of new Set(all.map((status) => `${String(status)[0]}xx`))) add(statuses, group);
    }
    if (filters.status === '' || hasStatus(entry, filters.status)) add(families, family);
  }
  return { statuses, families };
}
