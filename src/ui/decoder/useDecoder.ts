import { useCallback, useEffect, useRef, useState } from 'react';
import type { Report } from '../../decode/report/report.ts';
import type { Finding } from '../../decode/types.ts';
import { decodeClient } from '../../workers/clients.ts';

export type DecoderState =
  { status: 'idle' } | { status: 'working'; bytes: number } | { status: 'done'; report: Report };

// One idle value, so effects that depend on the state do not run again on every render.
const IDLE: DecoderState = { status: 'idle' };

// Short text is typed: decoding waits for typing to settle. Longer text arrived at once (a paste, a
// file, an example) and is decoded at once.
const TYPING_PAUSE_MS = 150;
const TYPED_LENGTH = 2000;

const RETRY_HINT = 'Reload the page and paste again. Nothing you pasted was sent anywhere.';

/**
 * Decodes text in the decode worker as it changes; answers to older text are dropped. The report holds
 * the first findings; `showMore` asks the worker for the next page of them.
 */
export function useDecoder(text: string): { state: DecoderState; showMore: () => void } {
  const [state, setState] = useState<DecoderState>(IDLE);
  // The request whose report is on screen, and how many of its findings the page has (so a second click
  // before the answer asks for the same page). While newer text waits to be decoded, the report on
  // screen still pages.
  const reported = useRef(0);
  const shown = useRef(0);

  useEffect(() => {
    if (text.trim() === '') return;
    let asked: { cancel: () => void } | undefined;
    const start = () => {
      setState({ status: 'working', bytes: text.length });
      const { id, cancel } = decodeClient.ask({ kind: 'decode', text }, (answered) => {
        if (!answered.ok) return setState(unavailable(answered.reason));
        if (answered.answer.kind !== 'report') return;
        reported.current = id;
        shown.current = answered.answer.report.ok ? answered.answer.report.findings.length : 0;
        setState({ status: 'done', report: answered.answer.report });
      });
      asked = { cancel };
    };
    const timer = setTimeout(start, text.length < TYPED_LENGTH ? TYPING_PAUSE_MS : 0);
    return () => {
      clearTimeout(timer);
      asked?.cancel();
    };
  }, [text]);

  const showMore = useCallback(() => {
    const of = reported.current;
    const from = shown.current;
    decodeClient.askNow({ kind: 'more', of, from }, (answered) => {
      if (!answered.ok || answered.answer.kind !== 'more') return;
      if (of !== reported.current || from !== shown.current) return;
      shown.current += answered.answer.findings.length;
      const more = answered.answer.findings;
      setState((current) => withMore(current, more));
    });
  }, []);

  // Empty text is idle whatever an older answer said.
  return { state: text.trim() === '' ? IDLE : state, showMore };
}

// A worker that cannot load (a deploy replaced the assets, the network dropped) or fails would leave the
// page saying "Decoding…" for ever: say why instead; the next text tries a new worker.
function unavailable(reason: string): DecoderState {
  return {
    status: 'done',
    report: { ok: false, reason: `The decoder is unavailable: ${reason}.`, hint: RETRY_HINT, secrets: [] },
  };
}

function withMore(state: DecoderState, more: readonly Finding[]): DecoderState {
  if (state.status !== 'done' || !state.report.ok) return state;
  return { status: 'done', report: { ...state.report, findings: [...state.report.findings, ...more] } };
}
