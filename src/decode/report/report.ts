import { decode } from '../decode.ts';
import { secretKindsIn, type SecretKind } from '../secrets/secrets.ts';
import { summarise, type CodeSummary } from './summary.ts';
import type { Finding } from '../types.ts';

// Kept apart from summary.ts so the page can format reports without loading the decoder itself.

export type Report = (
  | {
      readonly ok: true;
      /** The first findings in full; the page asks for the rest a page at a time. */
      readonly findings: readonly Finding[];
      readonly total: number;
      readonly summary: readonly CodeSummary[];
      /** Every catalog code matched, in order of first appearance. */
      readonly matched: readonly string[];
      readonly notes: readonly string[];
    }
  | { readonly ok: false; readonly reason: string; readonly hint: string }
) & {
  /** The kinds of credential the text holds, most serious first: the page warns of them. */
  readonly secrets: readonly SecretKind[];
};

/**
 * Decodes text for display: the first `shown` findings in full and a summary of all of them by code,
 * small enough to hand to the page at once; and every finding, for the pages after the first.
 */
export function decodeReport(text: string, shown: number): { report: Report; all: readonly Finding[] } {
  const result = decode(text);
  // A paste with a credential and no error still deserves the warning.
  const secrets = secretKindsIn(text);
  if (!result.ok) return { report: { ...result, secrets }, all: [] };
  const matched = new Set(result.findings.flatMap((finding) => (finding.entry ? [finding.entry.code] : [])));
  return {
    report: {
      ok: true,
      findings: result.findings.slice(0, shown),
      total: result.findings.length,
      summary: summarise(result.findings),
      matched: [...matched],
      notes: result.notes,
      secrets,
    },
    all: result.findings,
  };
}
