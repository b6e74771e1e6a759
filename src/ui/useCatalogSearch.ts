import { startTransition, useEffect, useState } from 'react';
import type { SearchHit } from '../catalog/search.ts';
import type { CatalogFacts } from '../catalog/types.ts';
import { askSearch } from './searchClient.ts';

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
