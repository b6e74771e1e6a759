import Fuse, { type FuseResult, type IFuseOptions } from 'fuse.js';
import { hasStatus, STATUS_FILTER } from './filter.ts';
import type { CatalogEntry } from '../types.ts';
import { createChineseSearch, isChinese } from './chinese.ts';
import { CLOSE_SPELLING, exactHit, isMeant, proseHit, spellingHit, type Prose } from './highlights.ts';
import { rank, round, Tier, type Ranked } from './ranking.ts';
import { codeWords, fitOf, spellingOf, squash, typedOf, type Spelling } from './spelling.ts';

export { codeWords } from './spelling.ts';

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
  /**
   * The Chinese line saying what the message means (the Chinese catalog's `says`) and the spans a Chinese
   * query matched in it; the row shows it, so a match there is seen.
   */
  readonly says?: { readonly text: string; readonly spans: readonly Span[] };
}

export interface CatalogSearch {
  /** Entries matching the query, best first; all entries in catalog order for an empty query. */
  search(query: string): readonly SearchHit[];
  /** The codes closest to a query that found nothing, for "did you mean". */
  nearest(query: string, count: number): readonly CatalogEntry[];
  /** Operation names the query names or spells closely ("decrypt" → Decrypt first), best first. */
  operations(query: string): readonly string[];
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
// The worst spelling of a code still shown when the code does not hold what was typed: a swapped pair
// in an eight-letter word ("Rejetced", 0.25) is in, two letters in five ("disab" in "Unavailable") out.
const KEEP_SPELLING = 0.3;
const MAX_QUERY = 64;

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
  const chinese = createChineseSearch(entries);

  function search(raw: string): readonly SearchHit[] {
    const query = normalise(raw);
    if (query === '') return all;
    if (STATUS_FILTER.test(query)) return all.filter((hit) => hasStatus(hit.entry, query));
    if (isChinese(query)) return chinese(query);
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
