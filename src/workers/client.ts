// The page's side of a worker, shared by search and decode: it starts the worker when first needed, sends
// one request at a time with only the newest waiting (fast typing never queues stale work), and tells
// each asker its answer or why there is none. A worker that fails is stopped; the next ask starts another.
import type { Reply, Request } from './protocol.ts';

/** What the client uses of a Worker (a fake one in tests). */
export interface WorkerLike {
  postMessage(message: unknown): void;
  terminate(): void;
  onmessage: ((event: MessageEvent) => void) | null;
  onerror: ((event: ErrorEvent) => void) | null;
}

export type Answered<Answer> =
  { readonly ok: true; readonly answer: Answer } | { readonly ok: false; readonly reason: string };

export interface ClientOptions {
  start: () => WorkerLike;
  /**
   * A worker whose answers take longer than this (ms) is asked only after `pauseMs` without a newer ask:
   * asking at every keystroke would keep a slow device busy and slow the keystrokes themselves.
   */
  slowAfterMs?: number;
  pauseMs?: number;
  /**
   * A worker still busy this long (ms) with an ask a newer one has overtaken is stopped and a new one
   * started for the newer ask: a worker cannot be interrupted, and its answer is no longer wanted.
   */
  abandonAfterMs?: number;
}

export interface Asked {
  /** The request's id: what a follow-up ask names. */
  readonly id: number;
  /** Drops the ask: its answer, if one comes, is not told. */
  readonly cancel: () => void;
}

export interface WorkerClient<Ask, Answer> {
  /** Asks, replacing the ask still waiting, if any; an ask overtaken by a newer one is never answered. */
  ask(ask: Ask, tell: (answered: Answered<Answer>) => void): Asked;
  /** Asks at once, beside the queue: a follow-up about an answer already told. */
  askNow(ask: Ask, tell: (answered: Answered<Answer>) => void): void;
  /** Starts the worker ahead of the first ask. */
  warm(): void;
}

/** Why there is no answer when the worker itself fails: it did not load, or it crashed. */
export const WORKER_FAILED = 'its code did not load, or it failed';

interface Sent<Answer> {
  /** Undefined once the answer is no longer wanted (it still times the worker). */
  tell: ((answered: Answered<Answer>) => void) | undefined;
  at: number;
}
type Tell<Answer> = (answered: Answered<Answer>) => void;

/** A client for one worker. */
export function createWorkerClient<Ask, Answer>(options: ClientOptions): WorkerClient<Ask, Answer> {
  let worker: WorkerLike | undefined;
  let nextId = 1;
  const sent = new Map<number, Sent<Answer>>();
  // The queued request being answered, and the newest one waiting for it.
  let inFlight: number | undefined;
  let waiting: { id: number; ask: Ask; tell: Tell<Answer> } | undefined;
  let pause: ReturnType<typeof setTimeout> | undefined;
  // The worker's times for its last two answers: slow only when both were, since one answer can be slow
  // for reasons of its own (code not yet optimised, a large first result).
  let recentMs: number[] = [];
  // A fresh worker's first answer runs cold (its code not yet optimised): its time says little.
  let answers = 0;

  function started(): WorkerLike {
    if (worker) return worker;
    const fresh = options.start();
    answers = 0;
    recentMs = [];
    fresh.onmessage = (event: MessageEvent<Reply<Answer>>) => receive(event.data);
    fresh.onerror = (event) => {
      event.preventDefault();
      console.warn('worker:', event.message);
      fail(fresh);
    };
    worker = fresh;
    return fresh;
  }

  function post(id: number, ask: Ask, tell: Tell<Answer>) {
    sent.set(id, { tell, at: performance.now() });
    started().postMessage({ id, ask } satisfies Request<Ask>);
  }

  function receive(reply: Reply<Answer>) {
    const request = sent.get(reply.id);
    sent.delete(reply.id);
    if (reply.id === inFlight) {
      inFlight = undefined;
      // The worker's own time: a page busy rendering must not make a fast worker look slow.
      if (++answers > 1) recentMs = [...recentMs.slice(-1), reply.ms];
    }
    request?.tell?.(reply.ok ? { ok: true, answer: reply.answer } : { ok: false, reason: reply.reason });
    sendWaiting();
  }

  // Everything asked of a failed worker hears why; the next ask starts a new one.
  function fail(failed: WorkerLike) {
    failed.terminate();
    if (worker === failed) worker = undefined;
    const told = [...sent.values(), ...(waiting ? [waiting] : [])];
    sent.clear();
    waiting = undefined;
    inFlight = undefined;
    for (const { tell } of told) tell?.({ ok: false, reason: WORKER_FAILED });
  }

  function overdue(): boolean {
    const running = inFlight === undefined ? undefined : sent.get(inFlight);
    return (
      options.abandonAfterMs !== undefined &&
      running !== undefined &&
      performance.now() - running.at > options.abandonAfterMs
    );
  }

  // Stops a worker busy with unwanted work; what was sent to it is dropped untold, for it concerned an
  // older text than the one now asked about.
  function abandon() {
    worker?.terminate();
    worker = undefined;
    sent.clear();
    inFlight = undefined;
  }

  function unwanted(id: number | undefined) {
    const request = id === undefined ? undefined : sent.get(id);
    if (request) request.tell = undefined;
  }

  function sendWaiting() {
    if (inFlight !== undefined || !waiting || pause !== undefined) return;
    const { id, ask, tell } = waiting;
    waiting = undefined;
    inFlight = id;
    post(id, ask, tell);
  }

  return {
    ask(ask, tell) {
      const id = nextId++;
      // The answer to an older ask, still being worked out, is no longer wanted.
      unwanted(inFlight);
      if (overdue()) abandon();
      waiting = { id, ask, tell };
      clearTimeout(pause);
      pause = undefined;
      if (
        options.slowAfterMs !== undefined &&
        recentMs.length === 2 &&
        Math.min(...recentMs) > options.slowAfterMs
      )
        pause = setTimeout(() => {
          pause = undefined;
          sendWaiting();
        }, options.pauseMs ?? 0);
      else sendWaiting();
      return {
        id,
        cancel: () => {
          if (waiting?.id === id) waiting = undefined;
          unwanted(id);
        },
      };
    },
    askNow(ask, tell) {
      post(nextId++, ask, tell);
    },
    warm() {
      started();
    },
  };
}
