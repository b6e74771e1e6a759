import {
  compileTemplate,
  fillTemplate,
  findTemplate,
  matchTemplate,
  templateParts,
  type CompiledTemplate,
} from '../../catalog/template.ts';
import type { CatalogFacts } from '../../catalog/types.ts';

// Whole messages are indexed by this many characters of their end.
const TAIL = 8;
const WORD = /[a-z0-9]+/g;
// The tail key relies on lowercasing agreeing with the patterns' case-insensitive matching, true of ASCII.
const NON_ASCII = /[^\x20-\x7e]/;

interface Indexed<E> {
  readonly order: number;
  readonly entry: E;
  readonly template: CompiledTemplate;
  /** The longest fixed run of the message, lowercased: a line holding the message holds this. */
  readonly anchor: string;
}

/** Every documented message of a catalog, indexed so that finding one costs about the same at any catalog size. */
export interface MessageIndex<E> {
  /** Every entry, in catalog order, with a documented message the whole text matches. */
  whole(message: string): { entry: E; param?: string }[];
  /** The longest distinctive documented message found anywhere in a line (the first, in catalog order, of equals). */
  within(line: string): { text: string; param?: string } | undefined;
}

/**
 * Indexes messages two ways. A whole message ends with its template's last fixed words (spaces and the
 * final full stop aside), so its last characters pick the few templates to try. A message inside a line
 * holds its template's anchor, hence the anchor's rarest whole word, so the line's words pick them.
 * Templates too short for either key are always tried.
 */
export function indexMessages<E extends CatalogFacts>(entries: readonly E[]): MessageIndex<E> {
  const all: Indexed<E>[] = entries
    .flatMap((entry) =>
      entry.messages.map((message) => ({
        entry,
        template: compileTemplate(message.text),
        anchor: longestRun(message.text),
      })),
    )
    .map((indexed, order) => ({ ...indexed, order }));
  const byTail = new Keyed<E>();
  const byWord = new Keyed<E>();
  const frequency = new Map<string, number>();
  for (const { anchor } of all)
    for (const word of new Set(boundedWords(anchor))) frequency.set(word, (frequency.get(word) ?? 0) + 1);
  for (const indexed of all) {
    const text = indexed.template.text;
    const ascii = !NON_ASCII.test(text);
    const lastPart = templateParts(text).at(-1) ?? '';
    byTail.add(ascii ? tailKey(lastPart) : undefined, indexed);
    const rarest = boundedWords(indexed.anchor).sort(
      (a, b) => frequency.get(a)! - frequency.get(b)! || b.length - a.length,
    )[0];
    // Inside free text only a distinctive wording counts: "param mismatch" or "Resource not found" in a
    // log line says nothing about KMS.
    if (isDistinctive(indexed.template.text)) byWord.add(rarest, indexed);
  }
  return {
    whole(message) {
      const owners: { entry: E; param?: string }[] = [];
      for (const { entry, template } of byTail.candidates([tailKey(message)])) {
        if (owners.some((owner) => owner.entry === entry)) continue;
        const found = matchTemplate(template, message);
        if (found) owners.push({ entry, ...found });
      }
      return owners;
    },
    within(line) {
      const lower = line.toLowerCase();
      // The longest wording found: "… not found" must not hide the "… not found or invalid." around it.
      let best: { text: string; param?: string } | undefined;
      for (const { template, anchor } of byWord.candidates(lower.match(WORD) ?? [])) {
        if (!lower.includes(anchor)) continue;
        const found = findTemplate(template, line);
        if (found && found.text.length > (best?.text.length ?? 0)) best = found;
      }
      return best;
    },
  };
}

// Templates under keys, plus those without a key, handed back in catalog order.
class Keyed<E> {
  private readonly byKey = new Map<string, Indexed<E>[]>();
  private readonly always: Indexed<E>[] = [];

  add(key: string | undefined, indexed: Indexed<E>) {
    if (key === undefined) this.always.push(indexed);
    else {
      const list = this.byKey.get(key);
      if (list) list.push(indexed);
      else this.byKey.set(key, [indexed]);
    }
  }

  candidates(keys: readonly (string | undefined)[]): readonly Indexed<E>[] {
    let found: Indexed<E>[] | undefined;
    for (const key of keys) {
      const listed = key === undefined ? undefined : this.byKey.get(key);
      if (listed) found = [...(found ?? this.always), ...listed];
    }
    // Most lines name no key at all: no copying and sorting for them.
    if (!found) return this.always;
    return [...new Set(found)].sort((a, b) => a.order - b.order);
  }
}

// The last TAIL characters of a text without its spaces and final full stops, lowercased; undefined
// when the text is shorter.
function tailKey(text: string): string | undefined {
  let key = '';
  for (let i = text.length - 1; i >= 0 && key.length < TAIL; i--) {
    const char = text[i]!;
    if (/\s/.test(char) || (char === '.' && key === '')) continue;
    key = char + key;
  }
  return key.length === TAIL ? key.toLowerCase() : undefined;
}

// Words of an anchor with a non-word character on both sides inside it, so any text holding the anchor
// holds each of them as a whole word.
function boundedWords(anchor: string): string[] {
  return [...anchor.matchAll(WORD)]
    .filter((word) => word.index > 0 && word.index + word[0].length < anchor.length)
    .map((word) => word[0]);
}

const WORD_ANY = /[A-Za-z0-9]+/g;
// A wording that names what KMS deals in is specific to it; others must be long to count on their own.
const KMS_TERM =
  /\b(?:keys?|alias|secrets?|kms|token|material|version|certificate|dkms|instance|access ?key|signature|timestamp|permission)\b/i;
const MIN_WORDS = 4;
const MIN_GENERIC_WORDS = 6;

/** Whether a wording is distinctive enough to count when found inside free text. */
export function isDistinctive(message: string): boolean {
  const words = (fillTemplate(message, ' ').match(WORD_ANY) ?? []).length;
  return words >= MIN_GENERIC_WORDS || (words >= MIN_WORDS && KMS_TERM.test(message));
}

function longestRun(message: string): string {
  // A final full stop is optional in a match, so it cannot be part of what a line must hold.
  const runs = templateParts(message.toLowerCase().replace(/\.$/, '')).flatMap((part) => part.split('"'));
  return runs.reduce((a, b) => (b.trim().length > a.length ? b.trim() : a), '');
}
