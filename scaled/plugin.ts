// Never shipped: with SCALED_CATALOG_SIZE set, vite.config.ts builds the app around a scaled catalog of
// that size instead of the real one, into scaled/site/.
import { resolve } from 'node:path';
import type { Plugin } from 'vite';
import { GUIDANCE_FIELDS, type CatalogEntry } from '../src/catalog/types.ts';
import { scaledCatalog } from './scaledCatalog.ts';

// The two modules the catalog is made of: the facts the first view shows, the guidance loaded later.
const FACTS_MODULE = resolve('src/catalog/facts/facts.ts');
const GUIDANCE_MODULE = resolve('src/catalog/guidance/guidance.ts');

/** Replaces the facts and guidance modules with those of a scaled catalog of `size` entries. */
export function scaledCatalogPlugin(size: number): Plugin {
  const entries = scaledCatalog(size);
  const isGuidance = (field: string) => GUIDANCE_FIELDS.some((name) => name === field);
  const pick = (entry: CatalogEntry, keep: (field: string) => boolean) =>
    Object.fromEntries(Object.entries(entry).filter(([field]) => keep(field)));
  const facts = entries.map((entry) => pick(entry, (field) => !isGuidance(field)));
  const guidance = Object.fromEntries(entries.map((entry) => [entry.code, pick(entry, isGuidance)]));
  // JSON.parse of one string: megabytes of object literal would take the bundler many seconds.
  const data = (value: unknown) => `JSON.parse(${JSON.stringify(JSON.stringify(value))})`;
  return {
    name: 'scaled-catalog',
    enforce: 'pre',
    load(id) {
      if (id === FACTS_MODULE) return `export const facts = ${data(facts)};`;
      if (id === GUIDANCE_MODULE) return `export const guidance = ${data(guidance)};`;
      return undefined;
    },
  };
}
