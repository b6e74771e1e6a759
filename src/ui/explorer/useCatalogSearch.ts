import { startTransition, useEffect, useState } from 'react';
import type { SearchHit } from '../../catalog/search/search.ts';
import { facts } from '../../catalog/facts/facts.ts';
import type { CatalogFacts } from '../../catalog/types.ts';
import { searchClient } from '../../workers/clients.ts';

/** A row of the table: search hits carry whole entries, but a row needs only the facts. */
export type ShownHit = Omit<SearchHit, 'entry'> & { readonly entry: CatalogFacts };

export interface CatalogSearchState {
  /** The rows to show: the latest answer's, or every entry before the first answer. */
  readonly hits: readonly ShownHit[];
  /** The codes nearest to a query that found nothing. */
  readonly nearest: readonly CatalogFacts[];
  /** Operations the query names. */
  readonly operations: readonly string[];
  /** The query the rows answer ('' for every entry). */
  readonly answered: string;
  /** True while the rows shown answer an older query than the one typed. */
  readonly pending: boolean;
  /** Why searching is impossible, if it is. */
  readonly failure?: string;
}

/**
 * Searches the catalog for the query in the search worker, which holds the same catalog in the same order
 * (both come from facts.ts). One component uses it: the worker answers one query at a time.
 */
export function useCatalogSearch(query: string): CatalogSearchState {
  const [answer, setAnswer] = useState<{
    query: string;
    hits: ShownHit[];
    nearest: CatalogFacts[];
    operations: readonly string[];
  }>();
  const [failure, setFailure] = useState<string>();
  const searching = query.trim() !== '';

  useEffect(() => {
    if (!searching) return;
    const { cancel } = searchClient.ask({ kind: 'search', query }, (answered) => {
      if (!answered.ok) return setFailure(answered.reason);
      setFailure(undefined);
      const { hits: indexed, nearest: near, operations } = answered.answer;
      const hits = indexed.map(({ index, ...spans }) => ({ ...spans, entry: facts[index]! }));
      const nearest = near.map((index) => facts[index]!);
      // A transition: a keystroke arriving while thousands of rows re-render goes first.
      startTransition(() => setAnswer({ query, hits, nearest, operations }));
    });
    return cancel;
  }, [query, searching]);

  // Without a search (none typed, or none possible) every entry shows, and the filters still work.
  if (!searching || failure || !answer)
    return {
      hits: everyEntry,
      nearest: [],
      operations: [],
      answered: '',
      pending: searching && !failure,
      ...(searching && failure ? { failure } : {}),
    };
  const { hits, nearest, operations, query: answered } = answer;
  return { hits, nearest, operations, answered, pending: answered !== query };
}

// One list, so an empty query hands the table the same rows every render.
const everyEntry: readonly ShownHit[] = facts.map((entry) => ({ entry, code: [], message: [] }));
