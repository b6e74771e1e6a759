import { familyOf } from '../families.ts';
import { HTTP_STATUSES, statusesOf } from '../statuses.ts';
import type { CatalogFacts, Family, HttpStatus } from '../types.ts';

/** A filter by status: one status ("404") or a class of them ("4xx"). */
export type StatusFilter = `${HttpStatus}` | StatusClass;
export type StatusClass = '4xx' | '5xx';
export const STATUS_CLASSES: readonly StatusClass[] = ['4xx', '5xx'];
/** Every status filter: each status a source gives, then the classes. */
export const STATUS_FILTERS: readonly StatusFilter[] = [
  ...HTTP_STATUSES.map((status) => `${status}` as const),
  ...STATUS_CLASSES,
];

/** The status filter a text names ("404", "4XX"), or undefined for any other text. */
export function statusFilterOf(text: string): StatusFilter | undefined {
  const lower = text.trim().toLowerCase();
  return STATUS_FILTERS.find((filter) => filter === lower);
}

/** "404" or a status class such as "4xx": typed in the search box, it filters by status. */
export const STATUS_FILTER = /^([1-5])(\d\d|xx)$/i;

/** True when a status matches "404" or a class like "4xx". */
export function statusMatches(status: number, filter: string): boolean {
  const match = STATUS_FILTER.exec(filter.trim());
  if (!match) return false;
  if (match[2]?.toLowerCase() === 'xx') return Math.floor(status / 100) === Number(match[1]);
  return status === Number(filter);
}

/** The explorer's filters; '' for none. */
export interface Filters {
  readonly status: StatusFilter | '';
  /** A family such as "Forbidden" ("none" for codes of no family). */
  readonly family: Family | '';
}

/** True when any status a source gives the entry matches the filter ("404", "4xx"). */
export function hasStatus(entry: CatalogFacts, filter: string): boolean {
  return statusesOf(entry).some((status) => statusMatches(status, filter));
}

/** Whether an entry passes the status and family filters; a status filter counts every documented status. */
export function passes(entry: CatalogFacts, filters: Filters): boolean {
  if (filters.status !== '' && !hasStatus(entry, filters.status)) return false;
  return filters.family === '' || familyOf(entry.code) === filters.family;
}

/** Each status and family present in `entries`, with how many entries have it, in a stable order. */
export function facetCounts(entries: readonly CatalogFacts[]): {
  statuses: ReadonlyMap<StatusFilter, number>;
  families: ReadonlyMap<Family, number>;
} {
  const statuses = new Map<StatusFilter, number>();
  const families = new Map<Family, number>();
  for (const entry of entries) {
    for (const status of statusesOf(entry)) statuses.set(`${status}`, (statuses.get(`${status}`) ?? 0) + 1);
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
): { statuses: ReadonlyMap<StatusFilter, number>; families: ReadonlyMap<Family, number> } {
  const statuses = new Map<StatusFilter, number>();
  const families = new Map<Family, number>();
  const add = <K>(counts: Map<K, number>, key: K) => counts.set(key, (counts.get(key) ?? 0) + 1);
  for (const entry of entries) {
    const family = familyOf(entry.code);
    if (filters.family === '' || family === filters.family) {
      const all = statusesOf(entry);
      for (const status of all) add(statuses, `${status}` as const);
      for (const group of new Set(all.map((status) => statusClassOf(status)))) add(statuses, group);
    }
    if (filters.status === '' || hasStatus(entry, filters.status)) add(families, family);
  }
  return { statuses, families };
}

function statusClassOf(status: HttpStatus): StatusClass {
  return status >= 500 ? '5xx' : '4xx';
}
