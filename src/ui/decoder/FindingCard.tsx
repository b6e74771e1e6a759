import { troubleshootUrl, alibabaLink } from '../../catalog/links.ts';
import { ticketText } from '../../decode/report/summary.ts';
import type { Finding, MatchKind } from '../../decode/types.ts';
import { ActorBadge, RetryBadge, StatusBadge } from '../shared/Badges.tsx';
import { CodeButtons } from '../shared/CodeButtons.tsx';
import { CodeText } from '../shared/CodeText.tsx';
import { CopyButton } from '../shared/CopyButton.tsx';
import { ExternalLink } from '../shared/ExternalLink.tsx';
import { FindingFields } from './FindingFields.tsx';

// How the text was tied to the entry, in words that need no re-reading.
const matchLabels: Record<MatchKind, string> = {
  exact: 'Exact match',
  case: 'Matched (other case or spacing)',
  alias: 'Matched (a known misspelling)',
  recommend: 'Matched by its Recommend link',
  message: 'Matched by its message',
  fuzzy: 'Not certain: suggestions only',
  status: 'HTTP status only',
  none: 'Not in catalog',
};

interface Props {
  finding: Finding;
  /** How many errors of this code the text holds. */
  count: number;
  /** The id of its heading, which links and focus go to. */
  headingId: string;
  linkFor: (code: string) => string;
  onOpen: (code: string) => void;
}

/**
 * One decoded error, answer first: the code with its status, who acts and whether a retry helps, then
 * the next step; the meaning, doubts and the fields as the text gave them follow.
 */
export function FindingCard({ finding, count, headingId, linkFor, onOpen }: Props) {
  const { entry, extracted } = finding;
  const title = entry?.code ?? extracted.code;
  const nextStep = finding.nextStep ?? entry?.fixes[0];
  const recommend = alibabaLink(extracted.recommend);
  return (
    <>
      <header className="finding-head">
        <h3 id={headingId} tabIndex={-1}>
          {title ? <CodeText code={title} /> : `HTTP ${extracted.httpStatus ?? '?'}, no code`}
          {count > 1 && <span className="count-tag"> × {count.toLocaleString('en')}</span>}
        </h3>
        <p className={`match match-${finding.match}`}>{matchLabels[finding.match]}</p>
        <p className="badges">
          <StatusBadge status={extracted.httpStatus ?? entry?.httpStatus} />
          {entry && <ActorBadge actor={entry.actor} />}
          {entry && <RetryBadge retry={entry.retry} />}
        </p>
      </header>
      {nextStep && (
        <div className="next-step">
          <h4>Next step</h4>
          <p>{nextStep}</p>
        </div>
      )}
      {entry && <p className="meaning">{entry.meaning}</p>}
      {entry?.avoid && (
        <p className="avoid">
          <strong>Do not:</strong> {entry.avoid}
        </p>
      )}
      {finding.warnings.length > 0 && (
        <ul className="warnings" aria-label="Disagreements and doubts">
          {finding.warnings.map((warning) => (
            <li key={warning}>{warning}</li>
          ))}
        </ul>
      )}
      {finding.candidates.length > 0 && (
        <div className="candidates">
          <p>{entry ? 'Could also be:' : 'Did you mean (a guess, not a match):'}</p>
          <CodeButtons codes={finding.candidates} onOpen={onOpen} />
        </div>
      )}
      <p className="where">
        {finding.operation && (
          <span>
            Operation <code>{finding.operation}</code>
          </span>
        )}
        {finding.param && (
          <span>
            Parameter <code>{finding.param}</code>
          </span>
        )}
        {finding.time && <span>{finding.time}</span>}
        <span>line {finding.line.toLocaleString('en')}</span>
      </p>
      <FindingFields finding={finding} />
      <div className="actions">
        {entry && (
          <button type="button" onClick={() => onOpen(entry.code)}>
            Open {entry.code}
          </button>
        )}
        <CopyButton text={ticketText(finding, entry ? linkFor(entry.code) : '')} label="Copy for ticket" />
        {recommend && <ExternalLink href={recommend}>Its Recommend link</ExternalLink>}
        {title && !recommend && (
          <ExternalLink href={troubleshootUrl(title)}>Alibaba&apos;s troubleshooting page</ExternalLink>
        )}
      </div>
    </>
  );
}
