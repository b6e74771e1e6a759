import { useCallback, useEffect, useRef, useState } from 'react';
import type { Occurrence, Report } from '../../decode/report/report.ts';
import { WORKER_FAILED } from '../../workers/client.ts';
import { decodeClient } from '../../workers/clients.ts';

export type DecoderState =
  | { status: 'idle' }
  | { status: 'working'; bytes: number }
  | { status: 'done'; report: Report }
  /** The worker could not load (a deploy replaced the assets, the network dropped): the page words it. */
  | { status: 'unavailable' }
  /** The worker failed on this text, saying why: a bug, which the page words. */
  | { status: 'failed'; reason: string };

// One idle value, so effects that depend on the state do not run again on every render.
const IDLE: DecoderState = { status: 'idle' };

// Short text is typed: decoding waits for typing to settle. Longer text arrived at once (a paste, a
// file, an example) and is decoded at once.
const TYPING_PAUSE_MS = 150;
const TYPED_LENGTH = 2000;

export interface Decoding {
  state: DecoderState;
  /** Asks the worker for the next rows of a code's errors. */
  moreRows: (code: string) => void;
  /** The CSV of every error of the text on screen, from the worker. */
  csv: () => Promise<string>;
  /** Forgets the result on screen: the box was emptied, and an old result must not return with new text. */
  reset: () => void;
}

/**
 * Decodes text in the decode worker as it changes; answers to older text are dropped. The report holds
 * every code with its first rows; the page asks the worker for more rows, and for the CSV.
 */
export function useDecoder(text: string): Decoding {
  const [state, setState] = useState<DecoderState>(IDLE);
  // The request whose report is on screen: what the asks for more rows and for the CSV are about.
  const reported = useRef(0);
  // Rows already asked for, so a second click before the answer asks nothing twice.
  const asked = useRef(new Set<string>());

  useEffect(() => {
    if (text.trim() === '') return;
    let cancel: (() => void) | undefined;
    const start = () => {
      setState({ status: 'working', bytes: text.length });
      const request = decodeClient.ask({ kind: 'decode', text }, (answered) => {
        if (!answered.ok) return setState(failure(answered.reason));
        if (answered.answer.kind !== 'report') return;
        reported.current = request.id;
        asked.current = new Set();
        setState({ status: 'done', report: answered.answer.report });
      });
      cancel = request.cancel;
    };
    const timer = setTimeout(start, text.length < TYPED_LENGTH ? TYPING_PAUSE_MS : 0);
    return () => {
      clearTimeout(timer);
      cancel?.();
    };
  }, [text]);

  const moreRows = useCallback(
    (code: string) => {
      if (state.status !== 'done' || !state.report.ok) return;
      const from = state.report.groups.find((group) => group.summary.code === code)?.occurrences.length;
      const key = `${code}\n${from}`;
      if (from === undefined || asked.current.has(key)) return;
      asked.current.add(key);
      const of = reported.current;
      decodeClient.askNow({ kind: 'occurrences', of, code, from }, (answered) => {
        if (!answered.ok || answered.answer.kind !== 'occurrences' || of !== reported.current) return;
        const rows = answered.answer.occurrences;
        setState((current) => withRows(current, code, from, rows));
      });
    },
    [state],
  );

  const csv = useCallback(
    () =>
      new Promise<string>((resolve, reject) => {
        decodeClient.askNow({ kind: 'csv', of: reported.current }, (answered) => {
          if (answered.ok && answered.answer.kind === 'csv') resolve(answered.answer.text);
          else reject(new Error(answered.ok ? 'no CSV' : answered.reason));
        });
      }),
    [],
  );

  const reset = useCallback(() => setState(IDLE), []);

  // Empty text is idle whatever an older answer said.
  return { state: text.trim() === '' ? IDLE : state, moreRows, csv, reset };
}

// A worker that cannot load (a deploy replaced the assets, the network dropped) or fails would leave the
// page saying "Decoding…" for ever: say why instead; the next text tries a new worker.
function failure(reason: string): DecoderState {
  return reason === WORKER_FAILED ? { status: 'unavailable' } : { status: 'failed', reason };
}

function withRows(
  state: DecoderState,
  code: string,
  from: number,
  rows: readonly Occurrence[],
): DecoderState {
  if (state.status !== 'done' || !state.report.ok) return state;
  const groups = state.report.groups.map((group) =>
    group.summary.code === code && group.occurrences.length === from
      ? { ...group, occurrences: [...group.occurrences, ...rows] }
      : group,
  );
  return { status: 'done', report: { ...state.report, groups } };
}
