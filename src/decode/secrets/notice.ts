import type { DecoderText } from '../text/decoderText.ts';
import type { SecretKind } from './words.ts';

/**
 * What to tell the person who pasted text holding these kinds: a warning with advice per credential, and
 * one line naming the identifiers, which expose nothing alone but are masked all the same.
 */
export function secretNotice(
  kinds: readonly SecretKind[],
  words: DecoderText,
): {
  warnings: { headline: string; advice: string }[];
  note?: string;
} {
  const { secrets } = words;
  const warnings = kinds.flatMap((kind) => {
    const advice = secrets.advice[kind];
    return advice ? [{ headline: secrets.headline(advice.what), advice: advice.advice }] : [];
  });
  const identifiers = kinds.flatMap((kind) => secrets.identifiers[kind] ?? []);
  if (identifiers.length === 0) return { warnings };
  return { warnings, note: secrets.identifiersNote(words.list(identifiers, 'and')) };
}
