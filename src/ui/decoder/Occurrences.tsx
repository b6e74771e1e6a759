import type { Occurrence } from '../../decode/report/report.ts';
import { clockLabel } from '../../decode/report/summary.ts';
import { useFocusFirstAdded } from '../shared/useFocusFirstAdded.ts';

interface Props {
  code: string;
  rows: readonly Occurrence[];
  count: number;
  headingId: string;
  onMore: () => void;
}

// A column shows only when some row has a value for it: a log without times has no time column.
const COLUMNS: { header: string; cell: (row: Occurrence) => string | number | undefined }[] = [
  { header: 'Time', cell: (row) => (row.time ? clockLabel(row) : undefined) },
  { header: 'Line', cell: (row) => row.line.toLocaleString('en') },
  { header: 'RequestId', cell: (row) => row.requestId },
  { header: 'Region', cell: (row) => row.region },
  { header: 'Operation', cell: (row) => row.operation },
  { header: 'HTTP', cell: (row) => row.httpStatus },
  { header: 'Parameter', cell: (row) => row.param },
  { header: 'Notes', cell: (row) => row.warnings.join(' ') || undefined },
];
const MORE = 100;

/** Every error of one code as a compact row, when there is more than one: when, where, which request. */
export function Occurrences({ code, rows, count, headingId, onMore }: Props) {
  const columns = COLUMNS.filter((column) => rows.some((row) => column.cell(row) !== undefined));
  const rest = count - rows.length;
  const beforeMore = useFocusFirstAdded(rows.length, (index) =>
    document.getElementById(`${headingId}-row-${index}`)?.focus(),
  );
  return (
    <div className="occurrences">
      <div className="table-scroll">
        <table>
          <caption>Each {code} error</caption>
          <thead>
            <tr>
              {columns.map((column) => (
                <th key={column.header} scope="col">
                  {column.header}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((row, index) => (
              <tr key={`${row.line}-${index}`} id={`${headingId}-row-${index}`} tabIndex={-1}>
                {columns.map((column) => (
                  <td key={column.header}>{column.cell(row) ?? '—'}</td>
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
          Show {Math.min(rest, MORE).toLocaleString('en')} more ({rest.toLocaleString('en')} not shown)
        </button>
      )}
    </div>
  );
}
