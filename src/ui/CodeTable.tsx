import { memo, useRef, useState, type KeyboardEvent } from 'react';
import {
  createColumnHelper,
  createSortedRowModel,
  rowSortingFeature,
  sortFn_alphanumeric,
  sortFn_basic,
  tableFeatures,
  useTable,
  type SortingState,
} from '@tanstack/react-table';
import { categoryLabels, retryLabels } from '../catalog/labels.ts';
import type { ShownHit } from './useCatalogSearch.ts';
import { CodeRow } from './CodeRow.tsx';
import { SortButton } from './SortButton.tsx';
import { useFocusFirstAdded } from './useFocusFirstAdded.ts';

const features = tableFeatures({
  rowSortingFeature,
  sortedRowModel: createSortedRowModel(),
  sortFns: { alphanumeric: sortFn_alphanumeric, basic: sortFn_basic },
});
const column = createColumnHelper<typeof features, ShownHit>();
const columns = column.columns([
  column.accessor((hit) => hit.entry.code, { id: 'code', header: 'Code', sortFn: 'alphanumeric' }),
  column.accessor((hit) => hit.entry.httpStatus, {
    id: 'status',
    header: 'HTTP status',
    sortFn: 'basic',
    sortDescFirst: false,
  }),
  column.accessor((hit) => hit.entry.messages[0]?.text ?? '', {
    id: 'message',
    header: 'Message',
    sortFn: 'alphanumeric',
  }),
  column.accessor((hit) => categoryLabels[hit.entry.category], {
    id: 'category',
    header: 'Category',
    sortFn: 'alphanumeric',
  }),
  column.accessor((hit) => retryLabels[hit.entry.retry], {
    id: 'retry',
    header: 'Retry',
    sortFn: 'alphanumeric',
  }),
]);

// Enough rows for any real catalog; a catalog of thousands shows them a page at a time, so no keystroke
// waits for thousands of rows to reach the page.
const PAGE_ROWS = 100;

interface Props {
  hits: readonly ShownHit[];
  openCode: string;
  decoded: readonly string[];
  hrefFor: (code: string) => string;
  onOpen: (code: string) => void;
}

/**
 * The catalog as a sortable table; search ranks the rows, the table only sorts and renders them.
 * Memoised: a keystroke re-renders the search box, not a hundred rows.
 */
export const CodeTable = memo(function CodeTable({ hits, openCode, decoded, hrefFor, onOpen }: Props) {
  const [sorting, setSorting] = useState<SortingState>([]);
  const [limit, setLimit] = useState({ hits, rows: PAGE_ROWS });
  // New hits start again at one page.
  if (limit.hits !== hits) setLimit({ hits, rows: PAGE_ROWS });
  const table = useTable({
    features,
    columns,
    data: hits as ShownHit[],
    state: { sorting },
    onSortingChange: setSorting,
  });

  const rows = table.getRowModel().rows;
  const hidden = rows.length - limit.rows;
  const body = useRef<HTMLTableSectionElement>(null);
  const beforeMore = useFocusFirstAdded(Math.min(rows.length, limit.rows), (index) =>
    body.current?.querySelectorAll<HTMLAnchorElement>('a.row-link')[index]?.focus(),
  );
  return (
    <>
      <table className="codes">
        <caption>KMS error codes</caption>
        <thead>
          {table.getHeaderGroups().map((group) => (
            <tr key={group.id}>
              {group.headers.map((header) => (
                <th
                  key={header.id}
                  scope="col"
                  aria-sort={ariaSort(header.column.getIsSorted())}
                  className={header.id}
                >
                  <SortButton
                    direction={header.column.getIsSorted()}
                    onClick={header.column.getToggleSortingHandler()}
                  >
                    <table.FlexRender header={header} />
                  </SortButton>
                </th>
              ))}
            </tr>
          ))}
        </thead>
        <tbody ref={body} onKeyDown={moveBetweenRows}>
          {rows.slice(0, limit.rows).map(({ original: hit }) => (
            <CodeRow
              key={hit.entry.code}
              hit={hit}
              isOpen={hit.entry.code === openCode}
              isDecoded={decoded.includes(hit.entry.code)}
              href={hrefFor(hit.entry.code)}
              onOpen={onOpen}
            />
          ))}
        </tbody>
      </table>
      {hidden > 0 && (
        <button
          type="button"
          className="more-rows"
          onClick={() => {
            beforeMore();
            setLimit({ hits, rows: limit.rows + PAGE_ROWS });
          }}
        >
          Show {Math.min(hidden, PAGE_ROWS)} more ({hidden} not shown)
        </button>
      )}
    </>
  );
});

function ariaSort(direction: false | 'asc' | 'desc') {
  if (direction === 'asc') return 'ascending';
  if (direction === 'desc') return 'descending';
  return undefined;
}

// Arrow keys move focus between the rows' links; Enter on a link opens it like a click.
function moveBetweenRows(event: KeyboardEvent<HTMLTableSectionElement>) {
  if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
  const links = [...event.currentTarget.querySelectorAll<HTMLAnchorElement>('a.row-link')];
  const index = links.indexOf(document.activeElement as HTMLAnchorElement);
  const next = links[index + (event.key === 'ArrowDown' ? 1 : -1)];
  if (index < 0 || !next) return;
  event.preventDefault();
  next.focus();
}
