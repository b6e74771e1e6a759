import Fuse, { type FuseResult, type IFuseOptions } from 'fuse.js';
import { hasStatus, STATUS_FILTER } from './filter.ts';
import type { CatalogEntry } from '../types.ts';

/** Inclusive [start, end] character offsets of a match, as fuse.js reports them. */
export type Span = readonly [number, number];

export interface SearchHit {
  readonly entry: CatalogEntry;
  /** Spans of the code to highlight. */
  readonly code: readonly Span[];
  /** Spans of the first message to highlight. */
  readonly message: readonly Span[];
  /** The documented misspelling the query matched, with its spans. */
  readonly alias?: { readonly code: string; readonly spans: readonly Span[] };
}

export interface CatalogSearch {
  /** Entries matching the query, best first; all entries in catalog order for an empty query. */
  search(query: string): readonly SearchHit[];
  /** The codes closest to a query that found nothing, for "did you mean". */
  nearest(query: string, count: number): readonly CatalogEntry[];
  /** Operation names the query names or spells closely ("decrypt" → Decrypt first), best first. */
  operations(query: string): readonly string[];
}

/** One way of writing a code: its canonical spelling or a documented misspelling. */
interface Spelling {
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
interface SpellingWords {
  readonly all: readonly string[];
  /** The words after the first dot, which name the error: Forbidden.KeyNotFound's "key not found". */
  readonly own: readonly string[];
  /** The same, squashed: "keynotfound". */
  readonly ownSquashed: string;
}

interface Prose {
  readonly entry: CatalogEntry;
  readonly index: number;
  readonly message: string;
  readonly rest: readonly string[];
}

// One key and no field norm, so a spelling's score is fuse's plain error ratio: comparable across codes.
const SPELLING: IFuseOptions<Spelling> = {
  keys: ['words'],
  includeMatches: true,
  includeScore: true,
  ignoreLocation: true,
  ignoreFieldNorm: true,
  threshold: 0.4,
  minMatchCharLength: 2,
};
// Extended search ANDs space-separated words within one field, so "kms not enabled" finds
// Forbidden.KmsServiceNotEnabled; its operator characters are stripped from what people type, and
// added back only by exactWords.
const OPERATORS = /['"!^$=|]/g;
// Stricter for prose: long sentences offer many accidental near-matches of a short query.
const PROSE: IFuseOptions<Prose> = {
  keys: ['message', 'rest'],
  includeMatches: true,
  includeScore: true,
  ignoreLocation: true,
  useExtendedSearch: true,
  threshold: 0.25,
  minMatchCharLength: 3,
};
// About one typo in six letters: close enough to be a deliberate attempt at the code. A match scored
// worse than this is loose: it highlights only runs that hold a typed word.
const CLOSE_SPELLING = 0.2;
// The worst spelling of a code still shown when the code does not hold what was typed: a swapped pair
// in an eight-letter word ("Rejetced", 0.25) is in, two letters in five ("disab" in "Unavailable") out.
const KEEP_SPELLING = 0.3;
// The shortest highlight: fewer letters are scattered hits, not something that was typed.
const MIN_RUN = 3;
const MAX_QUERY = 64;

/** Splits a code at dots and case changes: "Forbidden.KeyNotFound" → "Forbidden Key Not Found". */
export function codeWords(code: string): string {
  return code
    .replace(/\./g, ' ')
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2');
}

/**
 * Builds the fuzzy search over a list of entries. Results come in tiers, so a match in the code ranks
 * above a match in prose: the code or a documented misspelling is exactly what was typed, in any case;
 * the code contains what was typed; the code is spelled closely; then everything else (codes matched
 * word by word, prose) by score. Within a tier and a score, a code whose words were all typed comes
 * first, then the code that has more of the typed words as words, then the catalog's own order.
 */
export function createSearch(
  entries: readonly CatalogEntry[],
  operationNames: readonly string[] = [],
): CatalogSearch {
  const spellings = entries.flatMap((entry, index) => [
    spellingOf(entry, index, entry.code, false),
    ...entry.aliases.map((alias) => spellingOf(entry, index, alias.code, true)),
  ]);
  // The first entry to claim a spelling keeps it: the catalog's order decides, as everywhere else.
  const exact = new Map<string, Spelling>();
  for (const spelling of spellings) {
    const key = spelling.spelling.toLowerCase();
    if (!exact.has(key)) exact.set(key, spelling);
  }
  const byPhrase = new Fuse(spellings, SPELLING);
  const byWords = new Fuse(spellings, { ...SPELLING, useExtendedSearch: true });
  const byProse = new Fuse(
    entries.map((entry, index) => ({
      entry,
      index,
      message: entry.messages[0]?.text ?? '',
      rest: [...entry.messages.slice(1).map((m) => m.text), entry.meaning, ...entry.causes, ...entry.fixes],
    })),
    PROSE,
  );
  const loose = new Fuse(spellings, { ...SPELLING, threshold: 1, minMatchCharLength: 1 });
  const all: SearchHit[] = entries.map((entry) => ({ entry, code: [], message: [] }));

  function search(raw: string): readonly SearchHit[] {
    const query = normalise(raw);
    if (query === '') return all;
    if (STATUS_FILTER.test(query)) return all.filter((hit) => hasStatus(hit.entry, query));
    const typed = typedOf(query);
    const ranked = new Map<CatalogEntry, Ranked>();
    const named = exact.get(query.toLowerCase());
    if (named) rank(ranked, exactHit(named), { tier: Tier.Exact, score: 0, ...fitOf(named, typed) });
    const holds = (spelling: Spelling) => spelling.squashed.includes(typed.squashed);
    const tierOf = (result: FuseResult<Spelling>, phrase: boolean) =>
      holds(result.item)
        ? Tier.Holds
        : phrase && (result.score ?? 1) <= CLOSE_SPELLING
          ? Tier.Close
          : Tier.Rest;
    const rankSpelling = (result: FuseResult<Spelling>, phrase: boolean) =>
      rank(ranked, spellingHit(result, typed), {
        tier: tierOf(result, phrase),
        score: result.score ?? 1,
        ...fitOf(result.item, typed),
      });
    for (const result of byPhrase.search(query))
      if (holds(result.item) || (result.score ?? 1) <= KEEP_SPELLING) rankSpelling(result, true);
    for (const result of byWords.search(exactWords(query))) rankSpelling(result, false);
    for (const result of byProse.search(query))
      if (isMeant(result, typed))
        rank(ranked, proseHit(result, typed), {
          tier: Tier.Rest,
          score: result.score ?? 1,
          whole: false,
          wordsTyped: 0,
          index: result.item.index,
        });
    // Equally good matches: the code whose words were all typed; the code more typed words are words of
    // ("bid" is one of Forbidden.UbsmsInvalidBid's, only inside "Forbidden" of ...InvalidUserid); then
    // the catalog's order, which is the documentation's. Never the shorter code for being shorter.
    return [...ranked.values()]
      .sort(
        (a, b) =>
          a.tier - b.tier ||
          round(a.score) - round(b.score) ||
          Number(b.whole) - Number(a.whole) ||
          b.wordsTyped - a.wordsTyped ||
          a.index - b.index,
      )
      .map((r) => r.hit);
  }

  function nearest(raw: string, count: number): readonly CatalogEntry[] {
    const query = normalise(raw);
    if (query === '') return [];
    const entriesFound = loose.search(query).map((result) => result.item.entry);
    return [...new Set(entriesFound)].slice(0, count);
  }

  const operationIndex = new Fuse(
    operationNames.map((name) => ({ name, words: codeWords(name), squashed: squash(name) })),
    { keys: ['words'], includeScore: true, ignoreLocation: true, threshold: 0.25 },
  );

  function operations(raw: string): readonly string[] {
    const query = squash(normalise(raw));
    if (query.length < 3) return [];
    // Exactly the name, then names that start with it, then names that hold it, then close spellings.
    const rankOf = (squashed: string) =>
      squashed === query ? 0 : squashed.startsWith(query) ? 1 : squashed.includes(query) ? 2 : 3;
    const found = operationIndex.search(normalise(raw)).map((result) => result.item);
    const holding = operationNames.filter((name) => squash(name).includes(query));
    const names = [...new Set([...holding, ...found.map((item) => item.name)])];
    return names
      .sort((a, b) => rankOf(squash(a)) - rankOf(squash(b)) || a.length - b.length)
      .slice(0, MAX_OPERATIONS);
  }

  return { search, nearest, operations };
}

const MAX_OPERATIONS = 5;

/** Best first: an entry is ranked in the best tier any of its matches reaches. */
const Tier = {
  /** The code, or a documented misspelling of it, exactly as typed in any case: one entry at most. */
  Exact: 0,
  /** The code holds what was typed, letters and digits only ("keynotfound"). */
  Holds: 1,
  /** The code is spelled closely. */
  Close: 2,
  /** Codes matched word by word, loose spellings, prose. */
  Rest: 3,
} as const;
type Tier = (typeof Tier)[keyof typeof Tier];

/** Where an entry ranks: by tier, score, then how much of the code was typed, then catalog order. */
interface Place {
  readonly tier: Tier;
  readonly score: number;
  /** Every word of the code (or of the misspelling) was typed, or the code was typed whole. */
  readonly whole: boolean;
  /** How many typed words are words of the code, not parts of one. */
  readonly wordsTyped: number;
  /** The entry's place in the catalog. */
  readonly index: number;
}

interface Ranked extends Place {
  readonly hit: SearchHit;
}

/** What was typed, in the forms the ranking and the highlights compare with. */
interface Typed {
  readonly squashed: string;
  /** Its words, split as codes are ("KeyNotFound" too), lowercase letters and digits only. */
  readonly words: readonly string[];
  /** The shortest highlight worth showing: MIN_RUN, or the whole query when it is shorter. */
  readonly minRun: number;
}

function typedOf(query: string): Typed {
  const squashed = squash(query);
  const words = wordsOf(codeWords(query));
  return { squashed, words, minRun: Math.min(MIN_RUN, squashed.length) };
}

// A code equal to what was typed, or whose words were all typed, stays first among equally good
// matches: "throttling" → Throttling before Throttling.Api. The part before a dot is the code's family,
// which people leave out: "keynotfound" and "key not found" type all of Forbidden.KeyNotFound.
function fitOf(spelling: Spelling, typed: Typed): Pick<Place, 'whole' | 'wordsTyped' | 'index'> {
  const words = wordsOfSpelling(spelling);
  const wordsTyped = typed.words.filter((word) => words.all.includes(word)).length;
  const whole =
    spelling.squashed === typed.squashed ||
    words.ownSquashed === typed.squashed ||
    words.own.every((word) => typed.words.includes(word));
  return { whole, wordsTyped, index: spelling.index };
}

// Keeps each entry once, at its best tier and score, with every highlight any index found.
function rank(ranked: Map<CatalogEntry, Ranked>, hit: SearchHit, place: Place) {
  const known = ranked.get(hit.entry);
  if (!known) {
    ranked.set(hit.entry, { hit, ...place });
    return;
  }
  const { tier, score } = place;
  const better = tier < known.tier || (tier === known.tier && score < known.score);
  ranked.set(hit.entry, {
    hit: {
      entry: hit.entry,
      code: known.hit.code.length > 0 ? known.hit.code : hit.code,
      message: known.hit.message.length > 0 ? known.hit.message : hit.message,
      ...((known.hit.alias ?? hit.alias) ? { alias: known.hit.alias ?? hit.alias } : {}),
    },
    tier: better ? tier : known.tier,
    score: better ? score : known.score,
    whole: known.whole || place.whole,
    wordsTyped: Math.max(known.wordsTyped, place.wordsTyped),
    index: place.index,
  });
}

function spellingOf(entry: CatalogEntry, index: number, spelling: string, isAlias: boolean): Spelling {
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
function wordsOf(words: string): string[] {
  return words
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
}

function exactHit({ entry, spelling, isAlias }: Spelling): SearchHit {
  const spans: Span[] = [[0, spelling.length - 1]];
  return isAlias
    ? { entry, code: [], message: [], alias: { code: spelling, spans } }
    : { entry, code: spans, message: [] };
}

function spellingHit(result: FuseResult<Spelling>, typed: Typed): SearchHit {
  const { entry, spelling, isAlias } = result.item;
  const mapped = mapWordSpans(spelling, result.matches?.[0]?.indices ?? []);
  const spans = meaningful(spelling, mapped, typed, isLoose(result));
  return isAlias
    ? { entry, code: [], message: [], alias: { code: spelling, spans } }
    : { entry, code: spans, message: [] };
}

function proseHit(result: FuseResult<Prose>, typed: Typed): SearchHit {
  const match = result.matches?.find((m) => m.key === 'message');
  const message = match ? meaningful(result.item.message, match.indices, typed, isLoose(result)) : [];
  return { entry: result.item.entry, code: [], message };
}

function isLoose(result: FuseResult<unknown>): boolean {
  return (result.score ?? 1) > CLOSE_SPELLING;
}

// A prose match is meant when it is close, or when some run it found holds a typed word: "disab" in
// "disabled", not "disa" in "disagree".
function isMeant(result: FuseResult<Prose>, typed: Typed): boolean {
  if (!isLoose(result)) return true;
  return (result.matches ?? []).some(({ value, indices }) =>
    indices.some(([start, end]) => value !== undefined && isRun(value, start, end, typed, true)),
  );
}

// The highlights worth showing: runs of at least minRun characters, and for a loose match only the
// runs that hold a typed word, never the letters a loose match scatters.
function meaningful(text: string, spans: readonly Span[], typed: Typed, loose: boolean): Span[] {
  return spans.filter(([start, end]) => isRun(text, start, end, typed, loose));
}

function isRun(text: string, start: number, end: number, typed: Typed, loose: boolean): boolean {
  if (end - start + 1 < typed.minRun) return false;
  return !loose || holdsWord(text.slice(start, end + 1), typed);
}

// A run holds a typed word when it contains it, or is at least as long and starts as it does: the
// whole word, misspelt ("Forbidden" for "forbiden", "Rejected" for "rejetced"), not pieces of it.
function holdsWord(run: string, typed: Typed): boolean {
  const letters = squash(run);
  return typed.words.some(
    (word) =>
      word.length >= typed.minRun &&
      (letters.includes(word) || (letters.length >= word.length && letters[0] === word[0])),
  );
}

function normalise(query: string): string {
  return query.replace(OPERATORS, ' ').trim().replace(/\s+/g, ' ').slice(0, MAX_QUERY);
}

// Word by word, each word must appear as typed ('word is fuse's include-match): typos are the phrase
// index's job, and exact words keep highlights to what was really typed.
function exactWords(query: string): string {
  return query
    .split(' ')
    .map((word) => `'${word}`)
    .join(' ');
}

function round(score: number): number {
  return Math.round(score * 100);
}

function squash(text: string): string {
  return text.replace(/[^A-Za-z0-9]/g, '').toLowerCase();
}

// codeWords only swaps dots for spaces and inserts spaces, so each word character maps back in order.
function mapWordSpans(code: string, spans: readonly Span[]): Span[] {
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
