import { facts } from './facts/facts.ts';
import { guidance } from './guidance/guidance.ts';
import { related } from './related.ts';
import type { CatalogEntry } from './types.ts';

/** The whole catalog: each code's documented facts joined with our guidance for it and related codes. */
export const catalog: readonly CatalogEntry[] = facts.map((entry) => ({
  ...entry,
  ...guidance[entry.code],
  related: related[entry.code],
}));
