import { startTransition, useEffect, useState } from 'react';
import type { SearchHit } from '../catalog/search.ts';
import type { CatalogFacts } from '../catalog/types.ts';
import type { SearchAnswer } from './searchWorker.ts';

/** A row of the table: search hits carry whole entries, but a row needs only the facts. */
export type ShownHit = Omit<SearchHit, 'entry'> & { readonly entry: CatalogFacts };

export interface CatalogSearchState {
  /** The rows to show: the latest answer's, or every entry before the first answer. */
  readonly hits: readonly ShownHit[];
  /** The codes nearest to a query that found nothing. */
  readonly nearest: readonly CatalogFacts[];
  /** The query the rows answer ('' for every entry). */
  readonly answered: string;
  /** True while the rows shown answer an older query than the one typed. */
  readonly pending: boolean;
  /** Why searching is impossible, if it is. */
  readonly failure?: string;
}

// fuse.js, its index and the catalog's guidance live in a worker that starts on the first sign of a
// search (focus, a query): out of the first view's bytes, and off the main thread while typing.
let worker: Worker | undefined;
// One query in flight at a time and only the newest waiting, so fast typing never queues stale work.
let inFlight = false;
let wanted: { query: string; reply: (answer: SearchAnswer | Error) => void } | undefined;

/** Starts the search worker; safe to call often. */
export function preloadSearch(): Worker {
  worker ??= startWorker();
  return worker;
}

function startWorker(): Worker {
  const started = new Worker(new URL('./searchWorker.ts', import.meta.url), { type: 'module' });
  started.onmessage = (event: MessageEvent<SearchAnswer>) => {
    inFlight = false;
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
    worker = undefined;
    inFlight = false;
    wanted?.reply(new Error(event.message || 'its code could not be loaded'));
    wanted = undefined;
  };
  return started;
}

function sendWanted() {
  if (inFlight || !wanted) return;
  inFlight = true;
  preloadSearch().postMessage(wanted.query);
}

function askSearch(query: string, reply: (answer: SearchAnswer | Error) => void): () => void {
  wanted = { query, reply };
  sendWanted();
  return () => {
    if (wanted?.reply === reply) wanted = undefined;
  };
}

/** Searches `facts` (the catalog the worker holds, in the same order) for the query, off the main thread. */
export function useCatalogSearch(facts: readonly CatalogFacts[], query: string): CatalogSearchState {
  const [answer, setAnswer] = useState<{ query: string; hits: ShownHit[]; nearest: CatalogFacts[] }>();
  const [failure, setFailure] = useState<string>();
  const searching = query.trim() !== '';

  useEffect(() => {
    if (!searching) return;
    return askSearch(query, (reply) => {
      if (reply instanceof Error) return setFailure(reply.message);
      setFailure(undefined);
      const hits = reply.hits.map(({ index, ...spans }) => ({ ...spans, entry: facts[index]! }));
      const nearest = reply.nearest.map((index) => facts[index]!);
      // A transition: a keystroke arriving while thousands of rows re-render goes first.
      startTransition(() => setAnswer({ query: reply.query, hits, nearest }));
    });
  }, [facts, query, searching]);

  if (!searching || !answer)
    return { hits: everyEntry(facts), nearest: [], answered: '', pending: searching, failure };
  const { hits, nearest, query: answered } = answer;
  return { hits, nearest, answered, pending: answered !== query, failure };
}

// One list per catalog, so an empty query hands the table the same rows every render.
const everyEntryOf = new WeakMap<readonly CatalogFacts[], readonly ShownHit[]>();
function everyEntry(facts: readonly CatalogFacts[]): readonly ShownHit[] {
  let rows = everyEntryOf.get(facts);
  if (!rows) everyEntryOf.set(facts, (rows = facts.map((entry) => ({ entry, code: [], message: [] }))));
  return rows;
}
