import { use } from 'react';
import { useViewText } from '../text/useViewText.ts';
import { troubleshootUrl, alibabaLink } from '../../catalog/links.ts';
import { ticketText } from '../../decode/report/summary.ts';
import type { Finding } from '../../decode/types.ts';
import { ActorBadge, RetryBadge, StatusBadge } from '../shared/Badges.tsx';
import { CodeButtons } from '../shared/CodeButtons.tsx';
import { CodeText } from '../shared/CodeText.tsx';
import { CopyButton } from '../shared/CopyButton.tsx';
import { ExternalLink } from '../shared/ExternalLink.tsx';
import { loadDecoderText } from '../text/loaders.ts';
import { FindingFields } from './FindingFields.tsx';

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
  const { lang, ui } = useViewText();
  const words = ui.results;
  const decoderText = use(loadDecoderText(lang));
  const { entry, extracted } = finding;
  const title = entry?.code ?? extracted.code;
  const nextStep = finding.nextStep ?? entry?.fixes[0];
  const recommend = alibabaLink(extracted.recommend);
  return (
    <>
      <header className="finding-head">
        <h3 id={headingId} tabIndex={-1}>
          {title ? <CodeText code={title} /> : words.noCode(String(extracted.httpStatus ?? '?'))}
          {count > 1 && <span className="count-tag"> × {count.toLocaleString(lang)}</span>}
        </h3>
        {/* How the text was tied to the entry, in words that need no re-reading. */}
        <p className={`match match-${finding.match}`}>{words.match[finding.match]}</p>
        <p className="badges">
          <StatusBadge status={extracted.httpStatus ?? entry?.httpStatus} />
          {entry && <ActorBadge actor={entry.actor} />}
          {entry && <RetryBadge retry={entry.retry} />}
        </p>
      </header>
      {nextStep && (
        <div className="next-step">
          <h4>{words.nextStep}</h4>
          <p>{nextStep}</p>
        </div>
      )}
      {entry && <p className="meaning">{entry.meaning}</p>}
      {entry?.avoid && (
        <p className="avoid">
          <strong>{words.doNot}</strong> {entry.avoid}
        </p>
      )}
      {finding.warnings.length > 0 && (
        <ul className="warnings" aria-label={words.doubts}>
          {finding.warnings.map((warning) => (
            <li key={warning}>{warning}</li>
          ))}
        </ul>
      )}
      {finding.candidates.length > 0 && (
        <div className="candidates">
          <p>{entry ? words.couldBe : words.didYouMean}</p>
          <CodeButtons codes={finding.candidates} onOpen={onOpen} />
        </div>
      )}
      <p className="where">
        {finding.operation && (
          <span>
            {words.operation}
            <code>{finding.operation}</code>
          </span>
        )}
        {finding.param && (
          <span>
            {words.parameter}
            <code>{finding.param}</code>
          </span>
        )}
        {finding.time && <span>{finding.time}</span>}
        <span>{words.line(finding.line.toLocaleString(lang))}</span>
      </p>
      <FindingFields finding={finding} />
      <div className="actions">
        {entry && (
          <button type="button" onClick={() => onOpen(entry.code)}>
            {words.open(entry.code)}
          </button>
        )}
        <CopyButton
          text={ticketText(finding, entry ? linkFor(entry.code) : '', decoderText)}
          label={words.copyTicket}
        />
        {recommend && <ExternalLink href={recommend}>{words.recommendLink}</ExternalLink>}
        {title && !recommend && (
          <ExternalLink href={troubleshootUrl(title)}>{words.troubleshoot}</ExternalLink>
        )}
      </div>
    </>
  );
}
