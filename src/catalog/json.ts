import { familyOf } from './families.ts';
import type { CatalogEntry } from './types.ts';

/**
 * The catalog as published at catalog.json: every entry as typed, plus `message` (its first documented
 * wording) and `family`; `aliases` is flattened to the spellings, their provenance kept in `aliasSources`.
 */
export function catalogJson(entries: readonly CatalogEntry[]): string {
  const published = entries.map((entry) => ({
    ...entry,
    message: entry.messages[0]?.text ?? '',
    family: familyOf(entry.code),
    aliases: entry.aliases.map((alias) => alias.code),
    aliasSources: entry.aliases,
  }));
  return JSON.stringify(published, null, 2) + '\n';
}
