import Fuse from 'fuse.js';
import type { CatalogEntry } from '../../catalog/types.ts';

// Distinct codes and messages whose guess is remembered: a log repeats the same few unknown ones, and
// each guess searches the whole catalog.
const MAX_REMEMBERED = 500;
const FUZZY = { includeScore: true, threshold: 0.3, ignoreLocation: true };

export interface Guesser {
  /** Up to three entries whose code or alias looks like the given unknown code, best first. */
  code(code: string): readonly CatalogEntry[];
  /** The entry whose documented message the given one most resembles, if any does. */
  message(message: string): CatalogEntry | undefined;
}

/** "Did you mean" for a catalog: fuzzy search, indexed on first need and remembered per distinct text. */
export function createGuesser(entries: readonly CatalogEntry[]): Guesser {
  // Built on first need: most pastes hold only documented codes and messages.
  let codes: Fuse<{ code: string; entry: CatalogEntry }> | undefined;
  let messages: Fuse<{ text: string; entry: CatalogEntry }> | undefined;
  const codeGuesses = new Map<string, readonly CatalogEntry[]>();
  const messageGuesses = new Map<string, CatalogEntry | undefined>();
  return {
    code: (code) =>
      remembered(codeGuesses, code, () => {
        codes ??= new Fuse(
          entries.flatMap((entry) =>
            [entry.code, ...entry.aliases.map((alias) => alias.code)].map((c) => ({ code: c, entry })),
          ),
          { keys: ['code'], ...FUZZY },
        );
        return codes.search(code, { limit: 3 }).map((guess) => guess.item.entry);
      }),
    message: (message) =>
      remembered(messageGuesses, message, () => {
        messages ??= new Fuse(
          entries.flatMap((entry) => entry.messages.map((m) => ({ entry, text: m.text }))),
          { keys: ['text'], ...FUZZY },
        );
        return messages.search(message, { limit: 1 })[0]?.item.entry;
      }),
  };
}

// A bounded memo: past the bound, answers are computed and not kept.
function remembered<T>(memo: Map<string, T>, key: string, compute: () => T): T {
  if (memo.has(key)) return memo.get(key)!;
  const value = compute();
  if (memo.size < MAX_REMEMBERED) memo.set(key, value);
  return value;
}
