import { lazy, Suspense, useEffect } from 'react';
import type { DecoderState } from './useDecoder.ts';

// Results load with the first decoding, while the worker works: the first view needs only the paste box,
// and loading them once the answer is in would add their loading to the wait.
const loadFindings = () => import('./DecodedFindings.tsx');
const DecodedFindings = lazy(() => loadFindings().then((m) => ({ default: m.DecodedFindings })));
// Most pastes hold no credential: the warning's words load only for one that does.
const SecretWarning = lazy(() => import('./SecretWarning.tsx').then((m) => ({ default: m.SecretWarning })));

interface Props {
  state: DecoderState;
  /** The decoded text, for the share link. */
  text: string;
  linkFor: (code: string) => string;
  onOpen: (code: string) => void;
  /** Asks for the next page of findings. */
  onMore: () => void;
}

/** The region named "Decoded result": what was found, or why nothing was, in plain words. */
export function DecodedResult({ state, text, linkFor, onOpen, onMore }: Props) {
  const working = state.status === 'working';
  useEffect(() => {
    if (working) void loadFindings();
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
          <DecodedFindings
            report={state.report}
            text={text}
            linkFor={linkFor}
            onOpen={onOpen}
            onMore={onMore}
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
  const total = state.report.total;
  return total === 1 ? 'Found 1 error.' : `Found ${total.toLocaleString('en')} errors.`;
}
