import { summaryCsv, type CodeSummary } from '../../decode/report/summary.ts';
import { downloadText } from '../shared/download.ts';

/** Errors by code, with counts and the first and last RequestId, downloadable as CSV. */
export function DecodeSummary({ summary, total }: { summary: readonly CodeSummary[]; total: number }) {
  return (
    <div className="table-scroll">
      <table className="summary">
        <caption>
          {total.toLocaleString('en')} errors by code{' '}
          <button type="button" onClick={() => downloadText(summaryCsv(summary), 'kms-errors-by-code.csv')}>
            Download summary CSV
          </button>
        </caption>
        <thead>
          <tr>
            <th scope="col">Code</th>
            <th scope="col">Count</th>
            <th scope="col">First RequestId</th>
            <th scope="col">Last RequestId</th>
          </tr>
        </thead>
        <tbody>
          {summary.map((row) => (
            <tr key={row.code}>
              <th scope="row">
                <code>{row.code}</code>
              </th>
              <td>{row.count}</td>
              <td>{row.firstRequestId ?? '—'}</td>
              <td>{row.lastRequestId ?? '—'}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
