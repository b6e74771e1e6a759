import type { DecoderState } from './useDecoder.ts';
import { DecodeSummary } from './DecodeSummary.tsx';
import { FindingCard } from './FindingCard.tsx';

interface Props {
  state: DecoderState;
  linkFor: (code: string) => string;
  onOpen: (code: string) => void;
}

/** The region named "Decoded result": what was found, or why nothing was, in plain words. */
export function DecodedResult({ state, linkFor, onOpen }: Props) {
  return (
    <section className="result" aria-label="Decoded result">
      <p className="result-status" role="status">
        {statusLine(state)}
      </p>
      {state.status === 'done' && !state.report.ok && <p className="hint">{state.report.hint}</p>}
      {state.status === 'done' && state.report.ok && (
        <>
          {state.report.notes.map((note) => (
            <p key={note} className="note">
              {note}
            </p>
          ))}
          {state.report.total > 1 && (
            <DecodeSummary summary={state.report.summary} total={state.report.total} />
          )}
          {state.report.findings.map((finding, index) => (
            <FindingCard
              key={`${finding.offset}-${index}`}
              finding={finding}
              index={index}
              linkFor={linkFor}
              onOpen={onOpen}
            />
          ))}
          {state.report.total > state.report.findings.length && (
            <p className="note">
              Showing the first {state.report.findings.length} of {state.report.total.toLocaleString('en')}{' '}
              errors; the summary above counts them all.
            </p>
          )}
        </>
      )}
    </section>
  );
}

function statusLine(state: DecoderState): string {
  if (state.status === 'idle') return 'Paste an error above, or try an example.';
  if (state.status === 'working') return `Decoding ${(state.bytes / 1024).toFixed(0)} KB…`;
  if (!state.report.ok) return state.report.reason;
  const total = state.report.total;
  return total === 1 ? 'Found 1 error.' : `Found ${total.toLocaleString('en')} errors.`;
}
