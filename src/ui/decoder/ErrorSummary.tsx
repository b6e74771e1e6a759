import { use } from 'react';
import { useViewText } from '../text/useViewText.ts';
import {
  clockLabel,
  commonDay,
  incidentText,
  seenLabel,
  type CodeSummary,
  type Seen,
} from '../../decode/report/summary.ts';
import { CodeText } from '../shared/CodeText.tsx';
import { CopyButton } from '../shared/CopyButton.tsx';
import { downloadText } from '../shared/download.ts';
import { loadDecoderText } from '../text/loaders.ts';

interface Props {
  summary: readonly CodeSummary[];
  total: number;
  /** The heading id of each code's group on the page, for the rows that have one. */
  groupIds: ReadonlyMap<string, string>;
  /** The CSV of every error, from the worker. */
  csv: () => Promise<string>;
}

// One time when the code was seen once (or twice at once), else from the first to the last.
function span(first: string, last: string): string {
  return first === last ? first : `${first}–${last}`;
}

/**
 * A log's errors by code, most frequent first: status, who acts, count and the window each was seen in;
 * each row leads to its group. Copies as an incident summary; downloads every error as CSV.
 */
export function ErrorSummary({ summary, total, groupIds, csv }: Props) {
  const { lang, ui, catalog } = useViewText();
  const words = use(loadDecoderText(lang));
  const goTo = (id: string) => {
    const heading = document.getElementById(id);
    heading?.scrollIntoView({ block: 'start' });
    heading?.focus({ preventScroll: true });
  };
  // Errors of one day show their time of day; the day goes in the caption.
  const day = commonDay(summary);
  const seen = (at: Seen) => (day ? clockLabel : seenLabel)(at, words);
  return (
    <div className="summary-block">
      <div className="table-scroll">
        <table className="summary">
          <caption>
            {ui.results.summaryCaption}
            {day ? ui.results.summaryDay(day) : ''}
          </caption>
          <thead>
            <tr>
              <th scope="col">{ui.results.summaryColumns.code}</th>
              <th scope="col">{ui.results.summaryColumns.count}</th>
              <th scope="col">{ui.results.summaryColumns.seen}</th>
            </tr>
          </thead>
          <tbody>
            {summary.map((row) => {
              const id = groupIds.get(row.code);
              return (
                <tr key={row.code}>
                  <th scope="row">
                    {id ? (
                      <a
                        href={`#${id}`}
                        onClick={(event) => {
                          event.preventDefault();
                          goTo(id);
                        }}
                      >
                        <CodeText code={row.code} />
                      </a>
                    ) : (
                      <CodeText code={row.code} />
                    )}
                    <span className="code-facts">
                      {row.statuses.length > 0 ? `HTTP ${row.statuses.join(', ')}` : ui.shared.noStatus} ·{' '}
                      {row.actor ? catalog.actorShort[row.actor] : ui.results.notInCatalog}
                    </span>
                  </th>
                  <td className="number">{row.count.toLocaleString(lang)}</td>
                  <td className="time">{span(seen(row.firstSeen), seen(row.lastSeen))}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <div className="actions">
        <CopyButton text={incidentText(summary, total, words)} label={ui.results.copyIncident} />
        <button
          type="button"
          onClick={() => void csv().then((text) => downloadText(text, ui.results.csvFile))}
        >
          {ui.results.downloadAll(total)}
        </button>
      </div>
    </div>
  );
}
