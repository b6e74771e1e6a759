import { facts } from './facts.ts';
import { guidance } from './guidance.ts';
import type { CatalogEntry } from './types.ts';

/** The whole catalog: each code's documented facts joined with our guidance for it. */
export const catalog: readonly CatalogEntry[] = facts.map((entry) => {
  const advice = guidance[entry.code];
  // The invariants test proves this never happens; failing loudly beats a half-empty entry.
  if (!advice) throw new Error(`catalog: no guidance for ${entry.code}`);
  return { ...entry, ...advice };
});
