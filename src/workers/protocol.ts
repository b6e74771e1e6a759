// The one protocol of the page's two workers: every request carries an id and an ask with a kind, and
// every reply carries the same id and either the answer or why there is none.
import type { SearchHit } from '../catalog/search/search.ts';
import type { Occurrence, Report } from '../decode/report/report.ts';

/** What the page sends a worker. */
export interface Request<Ask> {
  readonly id: number;
  readonly ask: Ask;
}

/**
 * What a worker sends back: the answer to request `id`, or why it failed (an exception inside the worker),
 * and how long the worker worked on it (ms), which tells a slow worker from a busy page.
 */
export type Reply<Answer> = { readonly id: number; readonly ms: number } & (
  { readonly ok: true; readonly answer: Answer } | { readonly ok: false; readonly reason: string }
);

/** A search hit as sent to the page: the entry's index in the catalog instead of the entry. */
export type IndexedHit = Omit<SearchHit, 'entry'> & { readonly index: number };

export type SearchAsk = { readonly kind: 'search'; readonly query: string };

export interface SearchAnswer {
  readonly kind: 'hits';
  readonly hits: readonly IndexedHit[];
  /** Indexes of the codes nearest to a query that found nothing. */
  readonly nearest: readonly number[];
  /** Operations the query names, for links to their pages. */
  readonly operations: readonly string[];
}

/** How many more rows of a code's errors the page gets each time it asks. */
export const OCCURRENCES_PAGE = 100;

/**
 * Decode a text; or, about the text decoded by request `of`, give more rows of a code's errors, or the
 * CSV of every error.
 */
export type DecodeAsk =
  | { readonly kind: 'decode'; readonly text: string }
  | { readonly kind: 'occurrences'; readonly of: number; readonly code: string; readonly from: number }
  | { readonly kind: 'csv'; readonly of: number };

export type DecodeAnswer =
  | { readonly kind: 'report'; readonly report: Report }
  | {
      readonly kind: 'occurrences';
      readonly code: string;
      readonly from: number;
      readonly occurrences: readonly Occurrence[];
    }
  | { readonly kind: 'csv'; readonly text: string };
