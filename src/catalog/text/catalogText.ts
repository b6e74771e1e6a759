import type { KeyState } from '../sources/extracts.ts';
import type { Actor, Category, Family, RetryClass, RevisionId } from '../types.ts';

/**
 * The catalog's labels in one language: the category, retry and code family names the table and the
 * filters show. What the first view shows, so a page carries them from the start (enLabels.ts,
 * ../zh/labels.ts); the rest of CatalogText loads with what needs it.
 */
export interface CatalogLabels {
  readonly category: Readonly<Record<Category, string>>;
  readonly retry: Readonly<Record<RetryClass, string>>;
  /** Each code family's name ("Forbidden."). */
  readonly family: Readonly<Record<Family, string>>;
}

/**
 * The catalog's words in one language: its labels, what each code family means, the sentences of the
 * state-specific next step and the CSV's headers. English in en.ts, Chinese in ../zh/text.ts; both are
 * checked for every key by the compiler and for real text by the tests.
 */
export interface CatalogText extends CatalogLabels {
  /** Who acts, as a role people recognise. */
  readonly actor: Readonly<Record<Actor, string>>;
  /** Who acts, in a word or two, for tables. */
  readonly actorShort: Readonly<Record<Actor, string>>;
  readonly revision: Readonly<Record<RevisionId, string>>;
  /** A key state as the docs of this language name it ("禁用（Disabled）"). */
  readonly keyState: Readonly<Record<KeyState, string>>;
  /** What each documented misspelling is, keyed by the misspelling (the tests check every alias has one). */
  readonly aliasNote: Readonly<Record<string, string>>;
  /** A short explanation of each code family. */
  readonly familyMeaning: Readonly<Record<Family, string>>;
  readonly stateAdvice: StateAdviceText;
  readonly csv: CatalogCsvText;
}

/** The columns of the catalog's CSV, in order. */
export const CSV_COLUMNS = [
  'code',
  'httpStatus',
  'message',
  'says',
  'category',
  'actor',
  'retry',
  'aliases',
  'meaning',
] as const;
export type CsvColumn = (typeof CSV_COLUMNS)[number];

/** How the catalog's CSV is written in this language. */
export interface CatalogCsvText {
  /** Each column's header; a column without one is left out (English has no `says`). */
  readonly headers: Readonly<Partial<Record<CsvColumn, string>>>;
  /** Category, who acts and retry as this language's labels; else as their stable ids. */
  readonly labels: boolean;
}

/** The sentences stateAdvice.ts builds its next steps from. */
export interface StateAdviceText {
  readonly theKey: string;
  readonly theTargetKey: string;
  /** How a key leaves each state. */
  readonly wayOut: Readonly<Record<KeyState, string>>;
  refused(operation: string, key: string, state: string, wayOut: string): string;
  readonly disabledOnPurpose: string;
  readonly deletionIsFinal: string;
  notPendingDeletion(operation: string): string;
  readonly alreadyPendingDeletion: string;
  ifState(state: string, wayOut: string): string;
  cannotAct(operation: string, key: string, states: readonly string[], ways: readonly string[]): string;
}
