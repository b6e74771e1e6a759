import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createWorkerClient, WORKER_FAILED, type Answered, type WorkerLike } from './client.ts';
import type { Request } from './protocol.ts';

// A worker that answers only when the test says so.
class FakeWorker implements WorkerLike {
  onmessage: ((event: MessageEvent) => void) | null = null;
  onerror: ((event: ErrorEvent) => void) | null = null;
  readonly posted: Request<string>[] = [];
  terminated = false;
  postMessage(message: unknown) {
    this.posted.push(message as Request<string>);
  }
  terminate() {
    this.terminated = true;
  }
  /** Answers the request that asked `ask` with its upper-case, saying it worked `ms` on it. */
  answer(ask: string, ms = 1) {
    const { id } = this.posted.find((request) => request.ask === ask)!;
    this.onmessage!({ data: { id, ms, ok: true, answer: ask.toUpperCase() } } as MessageEvent);
  }
  throwOn(ask: string, reason: string) {
    const { id } = this.posted.find((request) => request.ask === ask)!;
    this.onmessage!({ data: { id, ms: 1, ok: false, reason } } as MessageEvent);
  }
  crash() {
    this.onerror!({ message: 'boom', preventDefault() {} } as ErrorEvent);
  }
  get asks() {
    return this.posted.map((request) => request.ask);
  }
}

function setup(options: { slowAfterMs?: number; pauseMs?: number; abandonAfterMs?: number } = {}) {
  const workers: FakeWorker[] = [];
  const client = createWorkerClient<string, string>({
    ...options,
    start: () => {
      workers.push(new FakeWorker());
      return workers.at(-1)!;
    },
  });
  const told: Record<string, Answered<string>[]> = {};
  const ask = (text: string) => client.ask(text, (answered) => (told[text] ??= []).push(answered));
  return { client, workers, told, ask };
}

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'performance'] });
  vi.spyOn(console, 'warn').mockImplementation(() => {});
});
afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

describe('a worker client', () => {
  it('starts its worker on the first ask, or when warmed, and only once', () => {
    const { client, workers, ask } = setup();
    client.warm();
    ask('a');
    expect(workers).toHaveLength(1);
    expect(workers[0]!.asks).toEqual(['a']);
  });

  it('sends one ask at a time; the newest waiting one wins, and overtaken answers are not told', () => {
    const { workers, told, ask } = setup();
    ask('k');
    ask('ke');
    ask('key');
    const worker = workers[0]!;
    expect(worker.asks).toEqual(['k']);
    worker.answer('k');
    // "k" was overtaken while the worker worked on it; "ke" was replaced before it was sent.
    expect(told).toEqual({});
    expect(worker.asks).toEqual(['k', 'key']);
    worker.answer('key');
    expect(told).toEqual({ key: [{ ok: true, answer: 'KEY' }] });
  });

  it('sends a follow-up at once, beside the queue, and tells its answer', () => {
    const { client, workers, ask } = setup();
    ask('decode');
    const more: Answered<string>[] = [];
    client.askNow('more', (answered) => more.push(answered));
    expect(workers[0]!.asks).toEqual(['decode', 'more']);
    workers[0]!.answer('more');
    expect(more).toEqual([{ ok: true, answer: 'MORE' }]);
  });

  it('a cancelled ask is neither sent nor told', () => {
    const { workers, told, ask } = setup();
    ask('sent').cancel();
    workers[0]!.answer('sent');
    ask('busy');
    ask('waiting').cancel();
    workers[0]!.answer('busy');
    expect(workers[0]!.asks).toEqual(['sent', 'busy']);
    expect(told).toEqual({});
  });

  it('tells an exception inside the worker to its asker and keeps the worker', () => {
    const { workers, told, ask } = setup();
    ask('bad');
    workers[0]!.throwOn('bad', 'Cannot read properties of undefined');
    expect(told.bad).toEqual([{ ok: false, reason: 'Cannot read properties of undefined' }]);
    ask('good');
    workers[0]!.answer('good');
    expect(told.good).toEqual([{ ok: true, answer: 'GOOD' }]);
    expect(workers).toHaveLength(1);
  });

  it('when the worker fails, everyone waiting hears why; the next ask starts a new worker', () => {
    const { client, workers, told, ask } = setup();
    ask('one');
    ask('two');
    const follow: Answered<string>[] = [];
    client.askNow('follow', (answered) => follow.push(answered));
    workers[0]!.crash();
    expect(workers[0]!.terminated).toBe(true);
    expect(told.two).toEqual([{ ok: false, reason: WORKER_FAILED }]);
    expect(follow).toEqual([{ ok: false, reason: WORKER_FAILED }]);
    // "one" was overtaken by "two": its asker no longer waits.
    expect(told.one).toBeUndefined();

    ask('three');
    expect(workers).toHaveLength(2);
    expect(workers[1]!.asks).toEqual(['three']);
    workers[1]!.answer('three');
    expect(told.three).toEqual([{ ok: true, answer: 'THREE' }]);
  });

  it('asks a slow worker only after a pause in asking; a fast one at once', () => {
    const { workers, told, ask } = setup({ slowAfterMs: 30, pauseMs: 200 });
    // The first answer is cold and not timed; the next two took the worker 100 ms each: it is slow.
    for (const text of ['a', 'b', 'b2']) {
      ask(text);
      workers[0]!.answer(text, 100);
    }
    ask('c');
    vi.advanceTimersByTime(150);
    ask('cd');
    vi.advanceTimersByTime(150);
    expect(workers[0]!.asks).toEqual(['a', 'b', 'b2']);
    vi.advanceTimersByTime(50);
    expect(workers[0]!.asks).toEqual(['a', 'b', 'b2', 'cd']);
    workers[0]!.answer('cd');
    expect(Object.keys(told)).toEqual(['a', 'b', 'b2', 'cd']);
  });

  it('takes one slow answer for a hiccup, not for a slow worker', () => {
    const { workers, ask } = setup({ slowAfterMs: 30, pauseMs: 200 });
    for (const [text, ms] of [
      ['a', 100],
      ['b', 100],
      ['c', 5],
    ] as const) {
      ask(text);
      workers[0]!.answer(text, ms);
    }
    ask('d');
    expect(workers[0]!.asks).toEqual(['a', 'b', 'c', 'd']);
  });

  it('times the worker by its own work, not by how long the page took to hear the answer', () => {
    const { workers, ask } = setup({ slowAfterMs: 30, pauseMs: 200 });
    for (const text of ['a', 'b']) {
      ask(text);
      // The page was busy for a second; the worker worked 5 ms.
      vi.advanceTimersByTime(1000);
      workers[0]!.answer(text, 5);
    }
    ask('c');
    expect(workers[0]!.asks).toEqual(['a', 'b', 'c']);
  });

  it('keeps asking a fast worker at once', () => {
    const { workers, ask } = setup({ slowAfterMs: 30, pauseMs: 200 });
    for (const text of ['a', 'b', 'c']) {
      ask(text);
      workers[0]!.answer(text, 5);
    }
    ask('d');
    expect(workers[0]!.asks).toEqual(['a', 'b', 'c', 'd']);
  });

  it('stops a worker long busy with an overtaken ask and asks a new one', () => {
    const { workers, told, ask } = setup({ abandonAfterMs: 1000 });
    ask('huge');
    vi.advanceTimersByTime(1500);
    ask('next');
    expect(workers[0]!.terminated).toBe(true);
    expect(workers[1]!.asks).toEqual(['next']);
    workers[1]!.answer('next');
    expect(told).toEqual({ next: [{ ok: true, answer: 'NEXT' }] });
  });

  it('waits for a worker busy only briefly', () => {
    const { workers, ask } = setup({ abandonAfterMs: 1000 });
    ask('small');
    vi.advanceTimersByTime(200);
    ask('next');
    expect(workers).toHaveLength(1);
    expect(workers[0]!.terminated).toBe(false);
  });
});
