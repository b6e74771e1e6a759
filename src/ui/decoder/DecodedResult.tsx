import { lazy, Suspense, useEffect, useRef } from 'react';
import type { Decoding, DecoderState } from './useDecoder.ts';

// Results load with the first decoding, while the worker works: the first view needs only the paste box,
// and loading them once the answer is in would add their loading to the wait.
const loadGroups = () => import('./DecodedGroups.tsx');
const DecodedGroups = lazy(() => loadGroups().then((m) => ({ default: m.DecodedGroups })));
// Most pastes hold no credential: the warning's words load only for one that does.
const SecretWarning = lazy(() => import('./SecretWarning.tsx').then((m) => ({ default: m.SecretWarning })));

interface Props {
  decoding: Decoding;
  /** The decoded text, for the share link. */
  text: string;
  /** How many texts have arrived whole; a new one's result is brought into view when it is out of sight. */
  arrivals: number;
  linkFor: (code: string) => string;
  onOpen: (code: string) => void;
}

/** The region named "Decoded result": what was found, or why nothing was, in plain words. */
export function DecodedResult({ decoding, text, arrivals, linkFor, onOpen }: Props) {
  const { state } = decoding;
  // Kept here, not in the results, which unmount while a newer text is decoded.
  const revealed = useRef(0);
  const working = state.status === 'working';
  useEffect(() => {
    if (working) void loadGroups();
  }, [working]);

  return (
    <section className="result" aria-label="Decoded result">
      {state.status === 'done' && state.report.secrets.length > 0 && (
        <Suspense fallback={null}>
          <SecretWarning kinds={state.report.secrets} />
        </Suspense>
      )}
      <p className="result-status" role="status">
        {statusLine(state)}
      </p>
      {state.status === 'done' && !state.report.ok && <p className="hint">{state.report.hint}</p>}
      {state.status === 'done' && state.report.ok && (
        <Suspense fallback={<p>Loading the result…</p>}>
          <DecodedGroups
            decoding={decoding}
            report={state.report}
            text={text}
            arrivals={arrivals}
            revealedRef={revealed}
            linkFor={linkFor}
            onOpen={onOpen}
          />
        </Suspense>
      )}
    </section>
  );
}

function statusLine(state: DecoderState): string {
  if (state.status === 'idle') return 'Paste an error above, or try an example.';
  if (state.status === 'working') return `Decoding ${(state.bytes / 1024).toFixed(0)} KB…`;
  if (!state.report.ok) return state.report.reason;
  const { total, summary } = state.report;
  if (total === 1) return 'Found 1 error.';
  const codes = summary.length === 1 ? '1 code' : `${summary.length.toLocaleString('en')} codes`;
  return `Found ${total.toLocaleString('en')} errors of ${codes}.`;
}
