import type { Report } from '../../decode/report/report.ts';
import { FINDINGS_PAGE } from '../../workers/protocol.ts';
import { DecodeSummary } from './DecodeSummary.tsx';
import { FindingCard } from './FindingCard.tsx';
import { ShareLink } from './ShareLink.tsx';
import { useFocusFirstAdded } from '../shared/useFocusFirstAdded.ts';

interface Props {
  report: Extract<Report, { ok: true }>;
  /** The decoded text, for the share link. */
  text: string;
  linkFor: (code: string) => string;
  onOpen: (code: string) => void;
  /** Asks for the next page of findings. */
  onMore: () => void;
}

/** Every error found: notes, a summary when there are several, and a card for each, a page at a time. */
export function DecodedFindings({ report, text, linkFor, onOpen, onMore }: Props) {
  const rest = report.total - report.findings.length;
  const beforeMore = useFocusFirstAdded(report.findings.length, (index) =>
    document.getElementById(`finding-${index}`)?.focus(),
  );
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
      {rest > 0 && (
        <p className="note">
          Showing the first {report.findings.length.toLocaleString('en')} of{' '}
          {report.total.toLocaleString('en')} errors; the summary above counts them all.{' '}
          <button
            type="button"
            onClick={() => {
              beforeMore();
              onMore();
            }}
          >
            Show {Math.min(rest, FINDINGS_PAGE)} more errors
          </button>
        </p>
      )}
      <ShareLink
        text={text}
        summary={report.summary}
        total={report.total}
        code={report.findings.find((f) => f.entry)?.entry?.code}
        linkFor={linkFor}
      />
    </>
  );
}
