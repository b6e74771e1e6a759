import type { SortingState } from '@tanstack/react-table';
import { retryLabels } from '../../catalog/labels.ts';
import type { ShownHit } from './useCatalogSearch.ts';

export type { SortingState } from '@tanstack/react-table';

/** The table's columns: what each shows and sorts by. TanStack sorts (RowSorter.tsx); the page renders. */
export const COLUMNS = [
  { id: 'code', header: 'Code', value: (hit: ShownHit) => hit.entry.code, sortFn: 'alphanumeric' },
  {
    id: 'status',
    header: 'HTTP',
    value: (hit: ShownHit) => hit.entry.httpStatus ?? 0,
    sortFn: 'basic',
  },
  {
    id: 'message',
    header: 'Message',
    value: (hit: ShownHit) => hit.entry.messages[0]?.text ?? '',
    sortFn: 'alphanumeric',
  },
  {
    id: 'retry',
    header: 'Retry',
    value: (hit: ShownHit) => retryLabels[hit.entry.retry],
    sortFn: 'alphanumeric',
  },
] as const;

export type ColumnId = (typeof COLUMNS)[number]['id'];

/** A header click: ascending, then descending, then unsorted; another column starts ascending. */
export function toggledSorting(sorting: SortingState, id: ColumnId): SortingState {
  const current = sorting[0];
  if (current?.id !== id) return [{ id, desc: false }];
  return current.desc ? [] : [{ id, desc: true }];
}
