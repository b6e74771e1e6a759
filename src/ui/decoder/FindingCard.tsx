import { actorLabels, retryLabels } from '../../catalog/labels.ts';
import { ticketText } from '../../decode/report/summary.ts';
import type { Finding, MatchKind } from '../../decode/types.ts';
import { CodeButtons } from '../shared/CodeButtons.tsx';
import { CopyButton } from '../shared/CopyButton.tsx';
import { FindingFields } from './FindingFields.tsx';

const matchLabels: Record<MatchKind, string> = {
  exact: 'Exact code',
  case: 'Code in other case or spacing',
  alias: 'Known other spelling',
  recommend: 'Matched by its Recommend link',
  message: 'Matched by its message',
  fuzzy: 'Not certain: suggestions only',
  status: 'HTTP status only',
  none: 'Not in the catalog',
};

interface Props {
  finding: Finding;
  index: number;
  linkFor: (code: string) => string;
  onOpen: (code: string) => void;
}

/** One decoded error: how it matched and how sure, what the text says, and what the entry says to do. */
export function FindingCard({ finding, index, linkFor, onOpen }: Props) {
  const { entry } = finding;
  const title =
    entry?.code ?? finding.extracted.code ?? `HTTP ${finding.extracted.httpStatus ?? '?'}, no code`;
  return (
    <article className="finding" aria-labelledby={`finding-${index}`}>
      <h3 id={`finding-${index}`} tabIndex={-1}>
        {index + 1}. <code>{title}</code>
      </h3>
      <p className="verdict">
        <strong>{matchLabels[finding.match]}</strong>
        {finding.entry ? `: ${Math.round(finding.confidence * 100)}% sure.` : '.'}
        {finding.operation && (
          <>
            {' '}
            Operation: <code>{finding.operation}</code>.
          </>
        )}
      </p>
      {finding.warnings.length > 0 && (
        <ul className="warnings" aria-label="Disagreements and doubts">
          {finding.warnings.map((warning) => (
            <li key={warning}>{warning}</li>
          ))}
        </ul>
      )}
      {entry && (
        <div className="entry-summary">
          <p>{entry.meaning}</p>
          <p>
            <strong>Who acts:</strong> {actorLabels[entry.actor]}. <strong>Retry:</strong>{' '}
            {retryLabels[entry.retry]}.
          </p>
          {(finding.nextStep ?? entry.fixes[0]) && (
            <p>
              <strong>Next step:</strong> {finding.nextStep ?? entry.fixes[0]}
            </p>
          )}
          {entry.avoid && (
            <p className="avoid">
              <strong>Do not:</strong> {entry.avoid}
            </p>
          )}
          <div className="copies">
            <button type="button" onClick={() => onOpen(entry.code)}>
              Open {entry.code}
            </button>
          </div>
        </div>
      )}
      {finding.candidates.length > 0 && (
        <div>
          <p>{entry ? 'Could be:' : 'Did you mean (a guess, not a match):'}</p>
          <CodeButtons codes={finding.candidates} onOpen={onOpen} />
        </div>
      )}
      <FindingFields finding={finding} />
      <CopyButton text={ticketText(finding, entry ? linkFor(entry.code) : '')} label="Copy for ticket" />
    </article>
  );
}
