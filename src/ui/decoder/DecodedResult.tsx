import { lazy, Suspense, useEffect, useRef } from 'react';
import { useText } from '../../app/pageText.ts';
import type { UiText } from '../text/en.ts';
import { loadDecoderText } from '../text/loaders.ts';
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
  const { lang, ui } = useText();
  const { state } = decoding;
  // Kept here, not in the results, which unmount while a newer text is decoded.
  const revealed = useRef(0);
  const working = state.status === 'working';
  useEffect(() => {
    if (!working) return;
    void loadGroups();
    // The words of the ticket note, the summary and the share link, also needed to show the result.
    void loadDecoderText(lang);
  }, [working, lang]);

  return (
    <section className="result" aria-label={ui.decoder.result}>
      {state.status === 'done' && state.report.secrets.length > 0 && (
        <Suspense fallback={null}>
          <SecretWarning kinds={state.report.secrets} />
        </Suspense>
      )}
      <p className="result-status" role="status">
        {statusLine(state, ui.decoder)}
      </p>
      {state.status === 'done' && !state.report.ok && <p className="hint">{state.report.hint}</p>}
      {state.status === 'unavailable' && <p className="hint">{ui.decoder.unavailableHint}</p>}
      {state.status === 'failed' && <p className="hint">{ui.decoder.failedHint}</p>}
      {state.status === 'done' && state.report.ok && (
        <Suspense fallback={<p>{ui.decoder.loadingResult}</p>}>
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

function statusLine(state: DecoderState, words: UiText['decoder']): string {
  if (state.status === 'idle') return words.idle;
  if (state.status === 'working') return words.working((state.bytes / 1024).toFixed(0));
  if (state.status === 'unavailable') return words.unavailable(words.workerFailed);
  if (state.status === 'failed') return words.failed(state.reason);
  if (!state.report.ok) return state.report.reason;
  const { total, summary } = state.report;
  if (total === 1) return words.foundOne;
  return words.found(total, summary.length);
}
