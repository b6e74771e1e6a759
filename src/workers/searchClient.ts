// The page's side of the search worker: it starts the worker and asks it one query at a time.
import type { SearchAnswer } from './searchWorker.ts';

// fuse.js, its index and the catalog's guidance live in a worker that starts on the first sign of a
// search (focus, a query): out of the first view's bytes, and off the main thread while typing.
let worker: Worker | undefined;
// One query in flight at a time and only the newest waiting, so fast typing never queues stale work.
let inFlight = false;
let wanted: { query: string; reply: (answer: SearchAnswer | Error) => void } | undefined;
// A search slower than this (a catalog of thousands) waits for a pause in typing: searching at every
// keystroke would keep a processor busy and slow the keystrokes themselves on a small device.
const SLOW_SEARCH_MS = 30;
const TYPING_PAUSE_MS = 200;
let lastSearchMs = 0;
// A fresh worker's first search runs cold (its code not yet optimised), so its time says little.
let answers = 0;
let pause: ReturnType<typeof setTimeout> | undefined;

/** Starts the search worker; safe to call often. */
export function preloadSearch(): Worker {
  worker ??= startWorker();
  return worker;
}

function startWorker(): Worker {
  answers = 0;
  const started = new Worker(new URL('./searchWorker.ts', import.meta.url), { type: 'module' });
  started.onmessage = (event: MessageEvent<SearchAnswer>) => {
    inFlight = false;
    answers += 1;
    if (answers > 1) lastSearchMs = event.data.ms;
    if (wanted?.query === event.data.query) {
      wanted.reply(event.data);
      wanted = undefined;
    }
    sendWanted();
  };
  // A worker that cannot load (a deploy replaced the assets, the network dropped) answers nothing: the
  // waiting query hears why, and the next query tries a new worker.
  started.onerror = (event) => {
    event.preventDefault();
    console.warn('search worker:', event.message);
    started.terminate();
    worker = undefined;
    inFlight = false;
    wanted?.reply(new Error('its code did not load, or it failed'));
    wanted = undefined;
  };
  return started;
}

function sendWanted() {
  if (inFlight || !wanted || pause !== undefined) return;
  inFlight = true;
  preloadSearch().postMessage(wanted.query);
}

/** Asks the worker for a query's hits; only the newest query is answered. Returns a cancel function. */
export function askSearch(query: string, reply: (answer: SearchAnswer | Error) => void): () => void {
  wanted = { query, reply };
  clearTimeout(pause);
  pause = undefined;
  if (lastSearchMs > SLOW_SEARCH_MS)
    pause = setTimeout(() => {
      pause = undefined;
      sendWanted();
    }, TYPING_PAUSE_MS);
  else sendWanted();
  return () => {
    if (wanted?.reply === reply) wanted = undefined;
  };
}
