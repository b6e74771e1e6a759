// TanStack Table sorts the rows; loaded only once someone sorts, so the first view carries none of it.
import { useEffect } from 'react';
import {
  createColumnHelper,
  createSortedRowModel,
  rowSortingFeature,
  sortFn_alphanumeric,
  sortFn_basic,
  tableFeatures,
  useTable,
} from '@tanstack/react-table';
import { COLUMNS, type SortingState } from './tableColumns.ts';
import type { ShownHit } from './useCatalogSearch.ts';

const features = tableFeatures({
  rowSortingFeature,
  sortedRowModel: createSortedRowModel(),
  sortFns: { alphanumeric: sortFn_alphanumeric, basic: sortFn_basic },
});
const column = createColumnHelper<typeof features, ShownHit>();
const columns = column.columns(
  COLUMNS.map(({ id, value, sortFn }) => column.accessor(value, { id, sortFn })),
);

interface Props {
  hits: readonly ShownHit[];
  sorting: SortingState;
  onSorted: (sorted: { hits: readonly ShownHit[]; sorting: SortingState; rows: readonly ShownHit[] }) => void;
}

/** Renders nothing: hands back the hits in the order the sorting asks for. */
export function RowSorter({ hits, sorting, onSorted }: Props) {
  const table = useTable({ features, columns, data: hits as ShownHit[], state: { sorting } });
  const rows = table.getRowModel().rows;
  useEffect(() => {
    onSorted({ hits, sorting, rows: rows.map((row) => row.original) });
  }, [hits, sorting, rows, onSorted]);
  return null;
}
