import { useEffect, useRef, useState } from 'react';
import type { Report } from '../decode/report.ts';

export type DecoderState =
  { status: 'idle' } | { status: 'working'; bytes: number } | { status: 'done'; report: Report };

// One idle value, so effects that depend on the state do not run again on every render.
const IDLE: DecoderState = { status: 'idle' };

// Typing settles before decoding starts; a paste or a file is decoded at once.
const TYPING_PAUSE_MS = 150;
const SMALL = 2000;

/** Decodes text in a Web Worker as it changes; answers to older text are dropped. */
export function useDecoder(text: string): DecoderState {
  const [state, setState] = useState<DecoderState>({ status: 'idle' });
  const worker = useRef<Worker | null>(null);
  const latest = useRef(0);

  useEffect(() => () => worker.current?.terminate(), []);

  useEffect(() => {
    const id = ++latest.current;
    if (text.trim() === '') return;
    const start = () => {
      worker.current ??= createWorker((answer) => {
        if (answer.id === latest.current) setState({ status: 'done', report: answer.report });
      });
      setState({ status: 'working', bytes: text.length });
      worker.current.postMessage({ id, text });
    };
    const timer = setTimeout(start, text.length < SMALL ? TYPING_PAUSE_MS : 0);
    return () => clearTimeout(timer);
  }, [text]);

  // Empty text is idle whatever an older answer said; that answer's id is already stale.
  return text.trim() === '' ? IDLE : state;
}

function createWorker(onAnswer: (answer: { id: number; report: Report }) => void): Worker {
  const worker = new Worker(new URL('./decodeWorker.ts', import.meta.url), { type: 'module' });
  worker.onmessage = (event: MessageEvent<{ id: number; report: Report }>) => onAnswer(event.data);
  return worker;
}
