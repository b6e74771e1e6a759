// The page's two workers. Each starts when first needed: search on the first sign of a search (focus, a
// query), the decoder on the first text, so neither's code is part of the first view's bytes.
import { createWorkerClient } from './client.ts';
import type { DecodeAnswer, DecodeAsk, SearchAnswer, SearchAsk } from './protocol.ts';

/** fuse.js, its index and the catalog's guidance, off the main thread while typing. */
export const searchClient = createWorkerClient<SearchAsk, SearchAnswer>({
  start: () =>
    new Worker(new URL('./searchWorker.ts', import.meta.url), { type: 'module', name: language() }),
  // A search slower than this (a catalog of thousands) waits for a pause in typing.
  slowAfterMs: 30,
  pauseMs: 200,
});

/** The decoder, off the main thread: a multi-megabyte log never freezes the page. */
export const decodeClient = createWorkerClient<DecodeAsk, DecodeAnswer>({
  start: () =>
    new Worker(new URL('./decodeWorker.ts', import.meta.url), { type: 'module', name: language() }),
  // Decoding 20 MB takes a few seconds; a text pasted over one that slow starts a fresh decoder.
  abandonAfterMs: 1000,
});

// A worker's name tells it the page's language (workers/language.ts), so it loads that language only.
function language(): string {
  return document.documentElement.lang;
}
