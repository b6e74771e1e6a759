import { lazy, Suspense } from 'react';
import type { DecoderState } from './useDecoder.ts';

// Results load with the first result: the first view needs only the paste box.
const DecodedFindings = lazy(() =>
  import('./DecodedFindings.tsx').then((m) => ({ default: m.DecodedFindings })),
);

interface Props {
  state: DecoderState;
  /** The decoded text, for the share link. */
  text: string;
  linkFor: (code: string) => string;
  onOpen: (code: string) => void;
}

/** The region named "Decoded result": what was found, or why nothing was, in plain words. */
export function DecodedResult({ state, text, linkFor, onOpen }: Props) {
  return (
    <section className="result" aria-label="Decoded result">
      <p className="result-status" role="status">
        {statusLine(state)}
      </p>
      {state.status === 'done' && !state.report.ok && <p className="hint">{state.report.hint}</p>}
      {state.status === 'done' && state.report.ok && (
        <Suspense fallback={<p>Loading the result…</p>}>
          <DecodedFindings report={state.report} text={text} linkFor={linkFor} onOpen={onOpen} />
        </Suspense>
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
