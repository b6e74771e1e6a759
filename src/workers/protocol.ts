// The one protocol of the page's two workers: every request carries an id and an ask with a kind, and
// every reply carries the same id and either the answer or why there is none.
import type { SearchHit } from '../catalog/search/search.ts';
import type { Report } from '../decode/report/report.ts';
import type { Finding } from '../decode/types.ts';

/** What the page sends a worker. */
export interface Request<Ask> {
  readonly id: number;
  readonly ask: Ask;
}

/** What a worker sends back: the answer to request `id`, or why it failed (an exception inside the worker). */
export type Reply<Answer> =
  | { readonly id: number; readonly ok: true; readonly answer: Answer }
  | { readonly id: number; readonly ok: false; readonly reason: string };

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

/** How many findings the page shows at first and adds each time more are asked for. */
export const FINDINGS_PAGE = 25;

/** Decode a text, or give the next page of findings of the text decoded by request `of`. */
export type DecodeAsk =
  | { readonly kind: 'decode'; readonly text: string }
  | { readonly kind: 'more'; readonly of: number; readonly from: number };

export type DecodeAnswer =
  | { readonly kind: 'report'; readonly report: Report }
  | { readonly kind: 'more'; readonly from: number; readonly findings: readonly Finding[] };
