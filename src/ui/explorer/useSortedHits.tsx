import { lazy, Suspense, useCallback, useState, type ReactNode } from 'react';
import { toggledSorting, type ColumnId, type SortingState } from './tableColumns.ts';
import type { ShownHit } from './useCatalogSearch.ts';

const RowSorter = lazy(() => import('./RowSorter.tsx').then((m) => ({ default: m.RowSorter })));
const UNSORTED: SortingState = [];

/**
 * The rows in the order the reader chose: the table shows them and the CSV downloads them. Until a
 * column is sorted they are the search's order; the sorter loads with the first sort.
 */
export function useSortedHits(hits: readonly ShownHit[]): {
  rows: readonly ShownHit[];
  sorting: SortingState;
  toggle: (id: ColumnId) => void;
  sorter: ReactNode;
} {
  const [sorting, setSorting] = useState<SortingState>(UNSORTED);
  const [sorted, setSorted] = useState<{
    hits: readonly ShownHit[];
    sorting: SortingState;
    rows: readonly ShownHit[];
  }>();
  const toggle = useCallback((id: ColumnId) => setSorting((current) => toggledSorting(current, id)), []);
  const current = sorted?.hits === hits && sorted.sorting === sorting;
  const rows = sorting.length === 0 || !sorted || !current ? hits : sorted.rows;
  const sorter =
    sorting.length === 0 ? null : (
      <Suspense fallback={null}>
        <RowSorter hits={hits} sorting={sorting} onSorted={setSorted} />
      </Suspense>
    );
  return { rows, sorting, toggle, sorter };
}
