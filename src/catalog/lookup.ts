import { facts } from './facts/facts.ts';
import type { CatalogFacts } from './types.ts';

export interface CodeResolution<E extends CatalogFacts = CatalogFacts> {
  readonly entry: E;
  /** How the text named the entry: its code, a documented misspelling, or the code in other case. */
  readonly via: 'code' | 'alias' | 'case';
}

/** Builds a resolver from codes and aliases (exact, then case- and space-insensitive) to entries. */
export function createResolver<E extends CatalogFacts>(
  entries: readonly E[],
): (text: string) => CodeResolution<E> | undefined {
  const exact = new Map<string, CodeResolution<E>>();
  const loose = new Map<string, CodeResolution<E>>();
  for (const entry of entries) {
    exact.set(entry.code, { entry, via: 'code' });
    loose.set(squash(entry.code), { entry, via: 'case' });
    for (const alias of entry.aliases) {
      exact.set(alias.code, { entry, via: 'alias' });
      loose.set(squash(alias.code), { entry, via: 'alias' });
    }
  }
  return (text) => exact.get(text.trim()) ?? loose.get(squash(text));
}

/** Resolves a code or alias of the shipped catalog. */
export const resolveCode = createResolver(facts);

function squash(code: string): string {
  return code.replace(/[\s_-]+/g, '').toLowerCase();
}
