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
  /** "Forbidden.KeyNotFound" as "Forbidden Key Not Found", so people can type words. */
  readonly words: string;
  /** Lowercase letters and digits only, for "the code contains what was typed". */
  readonly squashed: string;
}

interface Prose {
  readonly entry: CatalogEntry;
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
// About one typo in six letters: close enough to be a deliberate attempt at the code.
const CLOSE_SPELLING = 0.2;
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
 * above a match in prose: the code contains what was typed; the code is spelled closely; then
 * everything else (codes matched word by word, prose) by score.
 */
export function createSearch(
  entries: readonly CatalogEntry[],
  operationNames: readonly string[] = [],
): CatalogSearch {
  const spellings = entries.flatMap((entry) => [
    spellingOf(entry, entry.code, false),
    ...entry.aliases.map((alias) => spellingOf(entry, alias.code, true)),
  ]);
  const byPhrase = new Fuse(spellings, SPELLING);
  const byWords = new Fuse(spellings, { ...SPELLING, useExtendedSearch: true });
  const byProse = new Fuse(
    entries.map((entry) => ({
      entry,
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
    const squashedQuery = squash(query);
    const ranked = new Map<CatalogEntry, Ranked>();
    const tierOf = (result: FuseResult<Spelling>, phrase: boolean) =>
      result.item.squashed.includes(squashedQuery)
        ? 0
        : phrase && (result.score ?? 1) <= CLOSE_SPELLING
          ? 1
          : 2;
    for (const result of byPhrase.search(query))
      rank(ranked, spellingHit(result), tierOf(result, true), result.score);
    for (const result of byWords.search(exactWords(query)))
      rank(ranked, spellingHit(result), tierOf(result, false), result.score);
    for (const result of byProse.search(query)) rank(ranked, proseHit(result), 2, result.score);
    // Equal scores go to the shorter code: the one closest to exactly what was typed.
    return [...ranked.values()]
      .sort(
        (a, b) =>
          a.tier - b.tier ||
          round(a.score) - round(b.score) ||
          a.hit.entry.code.length - b.hit.entry.code.length,
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

interface Ranked {
  hit: SearchHit;
  tier: number;
  score: number;
}

// Keeps each entry once, at its best tier and score, with every highlight any index found.
function rank(ranked: Map<CatalogEntry, Ranked>, hit: SearchHit, tier: number, score = 1) {
  const known = ranked.get(hit.entry);
  if (!known) {
    ranked.set(hit.entry, { hit, tier, score });
    return;
  }
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
  });
}

function spellingOf(entry: CatalogEntry, spelling: string, isAlias: boolean): Spelling {
  return { entry, spelling, isAlias, words: codeWords(spelling), squashed: squash(spelling) };
}

function spellingHit(result: FuseResult<Spelling>): SearchHit {
  const { entry, spelling, isAlias } = result.item;
  const spans = mapWordSpans(spelling, result.matches?.[0]?.indices ?? []);
  return isAlias
    ? { entry, code: [], message: [], alias: { code: spelling, spans } }
    : { entry, code: spans, message: [] };
}

function proseHit(result: FuseResult<{ entry: CatalogEntry }>): SearchHit {
  const message = result.matches?.find((match) => match.key === 'message')?.indices ?? [];
  return { entry: result.item.entry, code: [], message };
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
