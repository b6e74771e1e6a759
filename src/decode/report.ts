import { decode } from './decode.ts';
import { summarise, type CodeSummary } from './summary.ts';
import type { Finding } from './types.ts';

// Kept apart from summary.ts so the page can format reports without loading the decoder itself.

/** How many findings travel to the page; the summary always counts them all. */
export const SHOWN_FINDINGS = 200;

export type Report =
  | {
      readonly ok: true;
      readonly findings: readonly Finding[];
      readonly total: number;
      readonly summary: readonly CodeSummary[];
      readonly notes: readonly string[];
    }
  | { readonly ok: false; readonly reason: string; readonly hint: string };

/** Decodes text for display: the first findings in full, a summary of all of them by code. */
export function decodeReport(text: string): Report {
  const result = decode(text);
  if (!result.ok) return result;
  return {
    ok: true,
    findings: result.findings.slice(0, SHOWN_FINDINGS),
    total: result.findings.length,
    summary: summarise(result.findings),
    notes: result.notes,
  };
}
