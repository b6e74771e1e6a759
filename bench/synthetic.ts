// Bench only, never shipped: a catalog of any size made from the real one, with distinct codes, so
// search cost can be measured as the catalog grows.
import { catalog } from '../src/catalog/catalog.ts';
import type { CatalogEntry } from '../src/catalog/types.ts';

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

/** `size` entries: the real catalog first, then variants with new codes and messages. */
export function syntheticCatalog(size: number): CatalogEntry[] {
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
