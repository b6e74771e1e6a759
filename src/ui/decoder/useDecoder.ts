import { useCallback, useEffect, useRef, useState } from 'react';
import type { Report } from '../../decode/report.ts';
import type { FromWorker, ToWorker } from '../../workers/decodeMessages.ts';

export type DecoderState =
  { status: 'idle' } | { status: 'working'; bytes: number } | { status: 'done'; report: Report };

// One idle value, so effects that depend on the state do not run again on every render.
const IDLE: DecoderState = { status: 'idle' };

// Short text is typed: decoding waits for typing to settle. Longer text arrived at once (a paste, a
// file, an example) and is decoded at once.
const TYPING_PAUSE_MS = 150;
const TYPED_LENGTH = 2000;

/**
 * Decodes text in a Web Worker as it changes; answers to older text are dropped. The report holds the
 * first findings; `showMore` asks the worker for the next page of them.
 */
export function useDecoder(text: string): { state: DecoderState; showMore: () => void } {
  const [state, setState] = useState<DecoderState>({ status: 'idle' });
  const worker = useRef<Worker | null>(null);
  const latest = useRef(0);
  // The text whose report is on screen, and how many of its findings the page has (so a second click
  // before the answer asks for the same page). While newer text waits to be decoded, the report on
  // screen still pages.
  const reported = useRef(0);
  const shown = useRef(0);

  useEffect(() => () => worker.current?.terminate(), []);

  useEffect(() => {
    const id = ++latest.current;
    if (text.trim() === '') return;
    const start = () => {
      worker.current ??= createWorker(onFailure, (answer) => {
        if (answer.kind === 'report') {
          if (answer.id !== latest.current) return;
          reported.current = answer.id;
          shown.current = answer.report.ok ? answer.report.findings.length : 0;
          setState({ status: 'done', report: answer.report });
        } else if (answer.id === reported.current && answer.from === shown.current) {
          shown.current += answer.findings.length;
          setState((state) => withMore(state, answer.findings));
        }
      });
      setState({ status: 'working', bytes: text.length });
      post(worker.current, { kind: 'decode', id, text });
    };
    const timer = setTimeout(start, text.length < TYPED_LENGTH ? TYPING_PAUSE_MS : 0);
    return () => clearTimeout(timer);
  }, [text]);

  // A worker that cannot load (a deploy replaced the assets, the network dropped) would leave the page
  // saying "Decoding…" for ever: say why instead, and let the next text try a new worker.
  function onFailure(why: string) {
    worker.current = null;
    setState({
      status: 'done',
      report: { ok: false, reason: `The decoder is unavailable: ${why}.`, hint: RETRY_HINT, secrets: [] },
    });
  }

  const showMore = useCallback(() => {
    if (worker.current) post(worker.current, { kind: 'more', id: reported.current, from: shown.current });
  }, []);

  // Empty text is idle whatever an older answer said; that answer's id is already stale.
  return { state: text.trim() === '' ? IDLE : state, showMore };
}

function withMore(
  state: DecoderState,
  more: Extract<FromWorker, { kind: 'more' }>['findings'],
): DecoderState {
  if (state.status !== 'done' || !state.report.ok) return state;
  return { status: 'done', report: { ...state.report, findings: [...state.report.findings, ...more] } };
}

function post(worker: Worker, message: ToWorker) {
  worker.postMessage(message);
}

const RETRY_HINT = 'Reload the page and paste again. Nothing you pasted was sent anywhere.';

function createWorker(onFailure: (why: string) => void, onAnswer: (answer: FromWorker) => void): Worker {
  const worker = new Worker(new URL('../../workers/decodeWorker.ts', import.meta.url), { type: 'module' });
  worker.onmessage = (event: MessageEvent<FromWorker>) => onAnswer(event.data);
  worker.onerror = (event) => {
    event.preventDefault();
    console.warn('decoder worker:', event.message);
    worker.terminate();
    onFailure('its code did not load, or it failed');
  };
  return worker;
}
