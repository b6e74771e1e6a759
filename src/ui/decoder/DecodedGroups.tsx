import { useEffect, useRef } from 'react';
import { useViewText } from '../text/useViewText.ts';
import type { Report } from '../../decode/report/report.ts';
import { ErrorSummary } from './ErrorSummary.tsx';
import { FindingCard } from './FindingCard.tsx';
import { Occurrences } from './Occurrences.tsx';
import { ShareLink } from './ShareLink.tsx';
import type { Decoding } from './useDecoder.ts';

interface Props {
  decoding: Decoding;
  report: Extract<Report, { ok: true }>;
  /** The decoded text, for the share link. */
  text: string;
  /** How many texts have arrived whole, and for how many the result was brought into view already. */
  arrivals: number;
  revealedRef: React.RefObject<number>;
  linkFor: (code: string) => string;
  onOpen: (code: string) => void;
}

/**
 * What was found: notes; for a log, a summary by code; then each code once, its guidance with the first
 * error and its other errors as rows.
 */
export function DecodedGroups({ decoding, report, text, arrivals, revealedRef, linkFor, onOpen }: Props) {
  const { lang, ui } = useViewText();
  const top = useRef<HTMLDivElement>(null);
  useRevealFirst(top, arrivals, revealedRef);
  const groupIds = new Map(report.groups.map((group, index) => [group.summary.code, `group-${index}`]));
  return (
    <div ref={top}>
      {report.notes.map((note) => (
        <p key={note} className="note">
          {note}
        </p>
      ))}
      {report.total > 1 && (
        <ErrorSummary summary={report.summary} total={report.total} groupIds={groupIds} csv={decoding.csv} />
      )}
      {report.groups.map((group, index) => (
        <article key={group.summary.code} className="finding" aria-labelledby={`group-${index}`}>
          <FindingCard
            finding={group.first}
            count={group.summary.count}
            headingId={`group-${index}`}
            linkFor={linkFor}
            onOpen={onOpen}
          />
          {group.summary.count > 1 && (
            <Occurrences
              code={group.summary.code}
              rows={group.occurrences}
              count={group.summary.count}
              headingId={`group-${index}`}
              onMore={() => decoding.moreRows(group.summary.code)}
            />
          )}
        </article>
      ))}
      {report.summary.length > report.groups.length && (
        <p className="note">
          {ui.results.fewerGroups(report.groups.length, report.summary.length.toLocaleString(lang))}
        </p>
      )}
      <ShareLink
        text={text}
        summary={report.summary}
        total={report.total}
        code={report.groups.find((group) => group.first.entry)?.first.entry?.code}
        linkFor={linkFor}
      />
    </div>
  );
}

// How much of a log's summary must show (its caption and first rows) for it to count as in sight.
const SUMMARY_IN_SIGHT = 160;

/**
 * When a text that arrived whole (a paste, a file, an example) has been decoded, brings the first error's
 * next step into view if it is below the fold, as on a phone under the paste box; typed text never moves
 * the page.
 */
function useRevealFirst(
  top: React.RefObject<HTMLDivElement | null>,
  arrivals: number,
  revealedRef: React.RefObject<number>,
) {
  useEffect(() => {
    if (arrivals === revealedRef.current || !top.current) return;
    revealedRef.current = arrivals;
    // A log's answer is its summary (its first rows in sight); one error's is its next step.
    const summary = top.current.querySelector('.summary-block');
    const step = top.current.querySelector('.next-step') ?? top.current.querySelector('.finding');
    const answer = summary ?? step;
    if (!answer) return;
    const box = answer.getBoundingClientRect();
    const inSight = summary
      ? box.top + SUMMARY_IN_SIGHT <= window.innerHeight
      : box.bottom <= window.innerHeight;
    if (inSight) return;
    const target = summary ?? top.current.querySelector('.finding') ?? top.current;
    const smooth = !window.matchMedia('(prefers-reduced-motion: reduce)').matches;
    target.scrollIntoView({ block: 'start', behavior: smooth ? 'smooth' : 'auto' });
  }, [top, arrivals, revealedRef]);
}
