// What a hit highlights: only runs a person would call a match, never the letters a loose match scatters.
import type { FuseResult } from 'fuse.js';
import type { CatalogEntry } from '../types.ts';
import type { SearchHit, Span } from './search.ts';
import { mapWordSpans, squash, type Spelling, type Typed } from './spelling.ts';

// About one typo in six letters: close enough to be a deliberate attempt at the code. A match scored
// worse than this is loose: it highlights only runs that hold a typed word.
export const CLOSE_SPELLING = 0.2;

export interface Prose {
  readonly entry: CatalogEntry;
  readonly index: number;
  readonly message: string;
  readonly rest: readonly string[];
}

export function exactHit({ entry, spelling, isAlias }: Spelling): SearchHit {
  const spans: Span[] = [[0, spelling.length - 1]];
  return isAlias
    ? { entry, code: [], message: [], alias: { code: spelling, spans } }
    : { entry, code: spans, message: [] };
}

export function spellingHit(result: FuseResult<Spelling>, typed: Typed): SearchHit {
  const { entry, spelling, isAlias } = result.item;
  const mapped = mapWordSpans(spelling, result.matches?.[0]?.indices ?? []);
  const spans = meaningful(spelling, mapped, typed, isLoose(result));
  return isAlias
    ? { entry, code: [], message: [], alias: { code: spelling, spans } }
    : { entry, code: spans, message: [] };
}

export function proseHit(result: FuseResult<Prose>, typed: Typed): SearchHit {
  const match = result.matches?.find((m) => m.key === 'message');
  const message = match ? meaningful(result.item.message, match.indices, typed, isLoose(result)) : [];
  return { entry: result.item.entry, code: [], message };
}

export function isLoose(result: FuseResult<unknown>): boolean {
  return (result.score ?? 1) > CLOSE_SPELLING;
}

// A prose match is meant when it is close, or when some run it found holds a typed word: "disab" in
// "disabled", not "disa" in "disagree".
export function isMeant(result: FuseResult<Prose>, typed: Typed): boolean {
  if (!isLoose(result)) return true;
  return (result.matches ?? []).some(({ value, indices }) =>
    indices.some(([start, end]) => value !== undefined && isRun(value, start, end, typed, true)),
  );
}

// The highlights worth showing: runs of at least minRun characters, and for a loose match only the
// runs that hold a typed word, never the letters a loose match scatters.
export function meaningful(text: string, spans: readonly Span[], typed: Typed, loose: boolean): Span[] {
  return spans.filter(([start, end]) => isRun(text, start, end, typed, loose));
}

export function isRun(text: string, start: number, end: number, typed: Typed, loose: boolean): boolean {
  if (end - start + 1 < typed.minRun) return false;
  return !loose || holdsWord(text.slice(start, end + 1), typed);
}

// A run holds a typed word when it contains it, or is at least as long and starts as it does: the
// whole word, misspelt ("Forbidden" for "forbiden", "Rejected" for "rejetced"), not pieces of it.
export function holdsWord(run: string, typed: Typed): boolean {
  const letters = squash(run);
  return typed.words.some(
    (word) =>
      word.length >= typed.minRun &&
      (letters.includes(word) || (letters.length >= word.length && letters[0] === word[0])),
  );
}
