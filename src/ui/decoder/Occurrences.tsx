import { use } from 'react';
import { useViewText } from '../text/useViewText.ts';
import type { Language } from '../../catalog/language.ts';
import type { Occurrence } from '../../decode/report/report.ts';
import { clockLabel } from '../../decode/report/summary.ts';
import type { DecoderText } from '../../decode/text/decoderText.ts';
import { useFocusFirstAdded } from '../shared/useFocusFirstAdded.ts';
import type { ViewText } from '../text/enViews.ts';
import { loadDecoderText } from '../text/loaders.ts';

interface Props {
  code: string;
  rows: readonly Occurrence[];
  count: number;
  headingId: string;
  onMore: () => void;
}

type ColumnId = keyof ViewText['results']['rowColumns'];

// A column shows only when some row has a value for it: a log without times has no time column.
function allColumns(
  lang: Language,
  words: DecoderText,
): { id: ColumnId; cell: (row: Occurrence) => string | number | undefined }[] {
  return [
    { id: 'time', cell: (row) => (row.time ? clockLabel(row, words) : undefined) },
    { id: 'line', cell: (row) => row.line.toLocaleString(lang) },
    { id: 'requestId', cell: (row) => row.requestId },
    { id: 'region', cell: (row) => row.region },
    { id: 'operation', cell: (row) => row.operation },
    { id: 'status', cell: (row) => row.httpStatus },
    { id: 'param', cell: (row) => row.param },
    { id: 'notes', cell: (row) => row.warnings.join(' ') || undefined },
  ];
}
const MORE = 100;

/** Every error of one code as a compact row, when there is more than one: when, where, which request. */
export function Occurrences({ code, rows, count, headingId, onMore }: Props) {
  const { lang, ui } = useViewText();
  const words = use(loadDecoderText(lang));
  const columns = allColumns(lang, words).filter((column) =>
    rows.some((row) => column.cell(row) !== undefined),
  );
  const rest = count - rows.length;
  const beforeMore = useFocusFirstAdded(rows.length, (index) =>
    document.getElementById(`${headingId}-row-${index}`)?.focus(),
  );
  return (
    <div className="occurrences">
      <div className="table-scroll">
        <table>
          <caption>{ui.results.rowsCaption(code)}</caption>
          <thead>
            <tr>
              {columns.map((column) => (
                <th key={column.id} scope="col">
                  {ui.results.rowColumns[column.id]}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((row, index) => (
              <tr key={`${row.line}-${index}`} id={`${headingId}-row-${index}`} tabIndex={-1}>
                {columns.map((column) => (
                  <td key={column.id}>{column.cell(row) ?? '—'}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {rest > 0 && (
        <button
          type="button"
          onClick={() => {
            beforeMore();
            onMore();
          }}
        >
          {ui.results.moreRows(Math.min(rest, MORE).toLocaleString(lang), rest.toLocaleString(lang))}
        </button>
      )}
    </div>
  );
}
