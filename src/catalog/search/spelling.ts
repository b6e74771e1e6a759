// The search's view of codes: each spelling (a code or a documented misspelling) as words, and how well
// what was typed fits it.
import type { CatalogEntry } from '../types.ts';
import type { Place } from './ranking.ts';
import type { Span } from './search.ts';

// The shortest highlight: fewer letters are scattered hits, not something that was typed.
const MIN_RUN = 3;

/** One way of writing a code: its canonical spelling or a documented misspelling. */
export interface Spelling {
  readonly entry: CatalogEntry;
  readonly spelling: string;
  readonly isAlias: boolean;
  /** The entry's place in the catalog: equally good matches keep the documentation's order. */
  readonly index: number;
  /** "Forbidden.KeyNotFound" as "Forbidden Key Not Found", so people can type words. */
  readonly words: string;
  /** Lowercase letters and digits only, for "the code contains what was typed". */
  readonly squashed: string;
}

/** A spelling's words, lowercase, to compare with the words typed. */
export interface SpellingWords {
  readonly all: readonly string[];
  /** The words after the first dot, which name the error: Forbidden.KeyNotFound's "key not found". */
  readonly own: readonly string[];
  /** The same, squashed: "keynotfound". */
  readonly ownSquashed: string;
}

/** Splits a code at dots and case changes: "Forbidden.KeyNotFound" → "Forbidden Key Not Found". */
export function codeWords(code: string): string {
  return code
    .replace(/\./g, ' ')
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2');
}

export function spellingOf(entry: CatalogEntry, index: number, spelling: string, isAlias: boolean): Spelling {
  return { entry, spelling, isAlias, index, words: codeWords(spelling), squashed: squash(spelling) };
}

// Worked out the first time a spelling is matched, not for every code while the search is built.
const spellingWords = new WeakMap<Spelling, SpellingWords>();

function wordsOfSpelling(spelling: Spelling): SpellingWords {
  let words = spellingWords.get(spelling);
  if (!words) {
    const own = spelling.spelling.slice(spelling.spelling.indexOf('.') + 1);
    words = { all: wordsOf(spelling.words), own: wordsOf(codeWords(own)), ownSquashed: squash(own) };
    spellingWords.set(spelling, words);
  }
  return words;
}

/** Lowercase words of letters and digits: "Forbidden Key Not Found" → forbidden, key, not, found. */
export function wordsOf(words: string): string[] {
  return words
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
}

export function squash(text: string): string {
  return text.replace(/[^A-Za-z0-9]/g, '').toLowerCase();
}

// codeWords only swaps dots for spaces and inserts spaces, so each word character maps back in order.
export function mapWordSpans(code: string, spans: readonly Span[]): Span[] {
  const words = codeWords(code);
  const toCode: number[] = [];
  for (let w = 0, c = 0; w < words.length; w++) {
    if (words[w] === ' ' && code[c] !== '.') {
      toCode.push(c);
      continue;
    }
    toCode.push(c++);
  }
  // Spans split only by an inserted space touch once mapped back: show them as one mark.
  const merged: [number, number][] = [];
  for (const [start, end] of [...spans].sort((a, b) => a[0] - b[0])) {
    const from = toCode[start] ?? 0;
    const to = Math.max(from, toCode[end] ?? 0);
    const last = merged.at(-1);
    if (last && from <= last[1] + 1) last[1] = Math.max(last[1], to);
    else merged.push([from, to]);
  }
  return merged;
}

/** What was typed, in the forms the ranking and the highlights compare with. */
export interface Typed {
  readonly squashed: string;
  /** Its words, split as codes are ("KeyNotFound" too), lowercase letters and digits only. */
  readonly words: readonly string[];
  /** The shortest highlight worth showing: MIN_RUN, or the whole query when it is shorter. */
  readonly minRun: number;
}

export function typedOf(query: string): Typed {
  const squashed = squash(query);
  const words = wordsOf(codeWords(query));
  return { squashed, words, minRun: Math.min(MIN_RUN, squashed.length) };
}

// A code equal to what was typed, or whose words were all typed, stays first among equally good
// matches: "throttling" → Throttling before Throttling.Api. The part before a dot is the code's family,
// which people leave out: "keynotfound" and "key not found" type all of Forbidden.KeyNotFound.
export function fitOf(spelling: Spelling, typed: Typed): Pick<Place, 'whole' | 'wordsTyped' | 'index'> {
  const words = wordsOfSpelling(spelling);
  const wordsTyped = typed.words.filter((word) => words.all.includes(word)).length;
  const whole =
    spelling.squashed === typed.squashed ||
    words.ownSquashed === typed.squashed ||
    words.own.every((word) => typed.words.includes(word));
  return { whole, wordsTyped, index: spelling.index };
}
