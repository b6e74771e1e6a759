import { memo, useRef, useState, type KeyboardEvent } from 'react';
import { CodeRow } from './CodeRow.tsx';
import { SortButton } from './SortButton.tsx';
import { COLUMNS, type ColumnId, type SortingState } from './tableColumns.ts';
import type { ShownHit } from './useCatalogSearch.ts';
import { useFocusFirstAdded } from '../shared/useFocusFirstAdded.ts';
import { useText } from '../../app/pageText.ts';

// Enough rows for any real catalog; a catalog of thousands shows them a page at a time, so no keystroke
// waits for thousands of rows to reach the page.
const PAGE_ROWS = 100;

interface Props {
  /** The rows, in the order to show them (search order, or the reader's sort). */
  hits: readonly ShownHit[];
  sorting: SortingState;
  onSort: (id: ColumnId) => void;
  openCode: string;
  decoded: readonly string[];
  hrefFor: (code: string) => string;
  onOpen: (code: string) => void;
}

/**
 * The catalog as a sortable table; search ranks the rows, the table only sorts and renders them.
 * Memoised: a keystroke re-renders the search box, not a hundred rows.
 */
export const CodeTable = memo(function CodeTable({
  hits,
  sorting,
  onSort,
  openCode,
  decoded,
  hrefFor,
  onOpen,
}: Props) {
  const { explorer } = useText().ui;
  const [limit, setLimit] = useState({ hits, rows: PAGE_ROWS });
  // New hits start again at one page.
  if (limit.hits !== hits) setLimit({ hits, rows: PAGE_ROWS });
  const rows = hits;
  const hidden = rows.length - limit.rows;
  const body = useRef<HTMLTableSectionElement>(null);
  const beforeMore = useFocusFirstAdded(Math.min(rows.length, limit.rows), (index) =>
    body.current?.querySelectorAll<HTMLAnchorElement>('a.row-link')[index]?.focus(),
  );
  return (
    <>
      <table className="codes">
        <caption>{explorer.tableCaption}</caption>
        <thead>
          <tr>
            {COLUMNS.map(({ id }) => {
              const direction = sorting[0]?.id === id ? (sorting[0].desc ? 'desc' : 'asc') : false;
              return (
                <th key={id} scope="col" aria-sort={ariaSort(direction)} className={id}>
                  <SortButton direction={direction} onClick={() => onSort(id)}>
                    {explorer.columns[id]}
                  </SortButton>
                </th>
              );
            })}
          </tr>
        </thead>
        <tbody ref={body} onKeyDown={moveBetweenRows}>
          {rows.slice(0, limit.rows).map((hit) => (
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
          {explorer.more(Math.min(hidden, PAGE_ROWS), hidden)}
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
