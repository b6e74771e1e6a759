// Search in Chinese. A query with Chinese characters is matched as written: Chinese has no spaces to
// split words at, and fuse.js, measured on the Chinese guidance, finds the right text but scores several
// codes 0 for a two-character word ("签名" gives four codes a perfect score), so its scores cannot rank.
// Exact matches decide instead: a term equal to what was typed, then a term holding it, then the line
// saying what the API's message means, then the rest of the Chinese guidance; ties keep catalog order.
// Words in Latin letters typed beside the Chinese ("KeyId 无效") must appear too, in any case.
import type { CatalogEntry } from '../types.ts';
import { Tier } from './ranking.ts';
import type { SearchHit, Span } from './search.ts';

const CJK = /[\u3400-\u9fff\uf900-\ufaff]/;

/** Whether a query holds Chinese characters. */
export function isChinese(query: string): boolean {
  return CJK.test(query);
}

interface ChineseText {
  readonly entry: CatalogEntry;
  readonly index: number;
  readonly terms: readonly string[];
  readonly says: string;
  /** The meaning, causes, fixes and what not to do. */
  readonly prose: string;
  /** The code, the API's messages and the guidance, lowercase: where Latin words typed alongside must be. */
  readonly latin: string;
}

/** A search of the entries' Chinese text; entries without any (the English catalog) are never found. */
export function createChineseSearch(entries: readonly CatalogEntry[]): (query: string) => SearchHit[] {
  const texts: ChineseText[] = entries.flatMap((entry, index) => {
    if (!entry.says || !entry.terms) return [];
    const prose = [entry.meaning, ...entry.causes, ...entry.fixes, entry.avoid ?? ''].join('\n');
    const latin = [entry.code, ...entry.messages.map((m) => m.text), prose].join('\n').toLowerCase();
    return [{ entry, index, terms: entry.terms, says: entry.says, prose, latin }];
  });
  return (query) => {
    const words = query.split(/\s+/).filter(Boolean);
    const chinese = words.filter(isChinese);
    const latin = words.filter((word) => !isChinese(word)).map((word) => word.toLowerCase());
    const found: { hit: SearchHit; tier: number; index: number }[] = [];
    for (const text of texts) {
      if (!latin.every((word) => text.latin.includes(word))) continue;
      const tier = tierOf(text, chinese);
      if (tier === undefined) continue;
      found.push({
        hit: {
          entry: text.entry,
          code: [],
          message: [],
          says: { text: text.says, spans: spansOf(text.says, chinese) },
        },
        tier,
        index: text.index,
      });
    }
    return found.sort((a, b) => a.tier - b.tier || a.index - b.index).map((item) => item.hit);
  };
}

// The best place every Chinese word is found: a term that is the query, a term, the message's meaning,
// the guidance. Undefined when a word is nowhere.
function tierOf(text: ChineseText, words: readonly string[]): number | undefined {
  if (words.length === 1 && text.terms.includes(words[0]!)) return Tier.Exact;
  const inTerms = (word: string) => text.terms.some((term) => term.includes(word));
  if (words.every(inTerms)) return Tier.Holds;
  if (words.every((word) => text.says.includes(word))) return Tier.Close;
  const anywhere = (word: string) => inTerms(word) || text.says.includes(word) || text.prose.includes(word);
  return words.every(anywhere) ? Tier.Rest : undefined;
}

// Every place a typed Chinese word stands in the text, as inclusive spans.
function spansOf(text: string, words: readonly string[]): Span[] {
  const spans: Span[] = [];
  for (const word of words)
    for (let at = text.indexOf(word); at !== -1; at = text.indexOf(word, at + word.length))
      spans.push([at, at + word.length - 1]);
  return spans.sort((a, b) => a[0] - b[0]);
}
