// Where a hit ranks: by tier, score, how much of the code was typed, then the catalog's own order.
import type { CatalogEntry } from '../types.ts';
import type { SearchHit } from './search.ts';

/** Best first: an entry is ranked in the best tier any of its matches reaches. */
export const Tier = {
  /** The code, or a documented misspelling of it, exactly as typed in any case: one entry at most. */
  Exact: 0,
  /** The code holds what was typed, letters and digits only ("keynotfound"). */
  Holds: 1,
  /** The code is spelled closely. */
  Close: 2,
  /** Codes matched word by word, loose spellings, prose. */
  Rest: 3,
} as const;

export type Tier = (typeof Tier)[keyof typeof Tier];

/** Where an entry ranks: by tier, score, then how much of the code was typed, then catalog order. */
export interface Place {
  readonly tier: Tier;
  readonly score: number;
  /** Every word of the code (or of the misspelling) was typed, or the code was typed whole. */
  readonly whole: boolean;
  /** How many typed words are words of the code, not parts of one. */
  readonly wordsTyped: number;
  /** The entry's place in the catalog. */
  readonly index: number;
}

export interface Ranked extends Place {
  readonly hit: SearchHit;
}

// Keeps each entry once, at its best tier and score, with every highlight any index found.
export function rank(ranked: Map<CatalogEntry, Ranked>, hit: SearchHit, place: Place) {
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

export function round(score: number): number {
  return Math.round(score * 100);
}
