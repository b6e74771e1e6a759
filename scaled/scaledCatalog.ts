// Never shipped: the catalog grown to any size from the real one, with distinct codes and wordings, so
// the app (e2e/scale.spec.ts, the bench) and the search and decoder (the bench) can be tried at scale.
import { catalog } from '../src/catalog/catalog.ts';
import type { CatalogEntry } from '../src/catalog/types.ts';

/** The size the app is built at for the scale journey and the bench. */
export const SCALED_SIZE = 10_000;
/** Where that build goes, beside dist/ (ignored by git). */
export const SCALED_SITE = 'scaled/site';

const WORDS = [
  'Key',
  'Alias',
  'Secret',
  'Version',
  'Policy',
  'Quota',
  'Region',
  'Token',
  'Material',
  'Instance',
];

/** `size` entries: the real catalog first, then variants of it with new codes and messages. */
export function scaledCatalog(size: number): CatalogEntry[] {
  const entries: CatalogEntry[] = [...catalog];
  for (let i = 0; entries.length < size; i++) {
    const base = catalog[i % catalog.length]!;
    const word = `${WORDS[i % WORDS.length]}${WORDS[Math.floor(i / WORDS.length) % WORDS.length]}${i}`;
    entries.push({
      ...base,
      code: `${base.code}${word}`,
      aliases: [],
      messages: [{ text: `${base.messages[0]!.text} (${word})`, sources: base.messages[0]!.sources }],
    });
  }
  return entries;
}
