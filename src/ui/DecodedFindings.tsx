import type { Report } from '../decode/report.ts';
import { DecodeSummary } from './DecodeSummary.tsx';
import { FindingCard } from './FindingCard.tsx';
import { ShareLink } from './ShareLink.tsx';

interface Props {
  report: Extract<Report, { ok: true }>;
  /** The decoded text, for the share link. */
  text: string;
  linkFor: (code: string) => string;
  onOpen: (code: string) => void;
}

/** Every error found: notes, a summary when there are several, and a card for each. */
export function DecodedFindings({ report, text, linkFor, onOpen }: Props) {
  return (
    <>
      {report.notes.map((note) => (
        <p key={note} className="note">
          {note}
        </p>
      ))}
      {report.total > 1 && <DecodeSummary summary={report.summary} total={report.total} />}
      {report.findings.map((finding, index) => (
        <FindingCard
          key={`${finding.offset}-${index}`}
          finding={finding}
          index={index}
          linkFor={linkFor}
          onOpen={onOpen}
        />
      ))}
      {report.total > report.findings.length && (
        <p className="note">
          Showing the first {report.findings.length} of {report.total.toLocaleString('en')} errors; the
          summary above counts them all.
        </p>
      )}
      <ShareLink text={text} code={report.findings.find((f) => f.entry)?.entry?.code} linkFor={linkFor} />
    </>
  );
}
