import type { SortingState } from '@tanstack/react-table';
import type { ShownHit } from './useCatalogSearch.ts';

export type { SortingState } from '@tanstack/react-table';

/** The table's columns: what each shows and sorts by. TanStack sorts (RowSorter.tsx); the page renders. */
const RETRY_ORDER = ['never', 'after-fix', 'after-state-change', 'backoff'] as const;

export const COLUMNS = [
  { id: 'code', value: (hit: ShownHit) => hit.entry.code, sortFn: 'alphanumeric' },
  {
    id: 'status',
    value: (hit: ShownHit) => hit.entry.httpStatus ?? 0,
    sortFn: 'basic',
  },
  {
    id: 'message',
    value: (hit: ShownHit) => hit.entry.messages[0]?.text ?? '',
    sortFn: 'alphanumeric',
  },
  {
    id: 'retry',
    // From "never" to "backoff": the order of the classes, the same in every language.
    value: (hit: ShownHit) => RETRY_ORDER.indexOf(hit.entry.retry),
    sortFn: 'basic',
  },
] as const;

export type ColumnId = (typeof COLUMNS)[number]['id'];

/** A header click: ascending, then descending, then unsorted; another column starts ascending. */
export function toggledSorting(sorting: SortingState, id: ColumnId): SortingState {
  const current = sorting[0];
  if (current?.id !== id) return [{ id, desc: false }];
  return current.desc ? [] : [{ id, desc: true }];
}
