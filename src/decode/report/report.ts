import { secretKindsIn, type SecretKind } from '../secrets/secrets.ts';
import type { OperationName } from '../../catalog/operations/summaries.ts';
import { groupKey, regionOf, summarise, type CodeSummary } from './summary.ts';
import type { DecodeResult, Finding } from '../types.ts';

// Kept apart from summary.ts so the page can format reports without loading the decoder itself.

/** One error of a group, as a row of its table: where and when, and what differs between rows. */
export interface Occurrence {
  readonly line: number;
  readonly time?: string;
  readonly requestId?: string;
  readonly hostId?: string;
  readonly region?: string;
  readonly httpStatus?: number;
  readonly operation?: OperationName;
  readonly param?: string;
  readonly warnings: readonly string[];
}

/** The errors of one code: the first in full (its guidance, shown once), the rest as rows. */
export interface CodeGroup {
  readonly summary: CodeSummary;
  readonly first: Finding;
  /** The first rows; the page asks for more. */
  readonly occurrences: readonly Occurrence[];
}

export type Report = (
  | {
      readonly ok: true;
      readonly total: number;
      /** By code, most frequent first: the first groups only when there are very many codes. */
      readonly groups: readonly CodeGroup[];
      /** Every code, most frequent first. */
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

/** How many groups, and rows per group, the report carries; the page asks for more rows. */
export const REPORT_LIMITS = { groups: 50, rows: 10 } as const;

/** A decoded text, ready for the page, with every finding by code for the rows asked for later. */
export interface DecodedReport {
  readonly report: Report;
  readonly byCode: ReadonlyMap<string, readonly Finding[]>;
  readonly all: readonly Finding[];
}

/**
 * Decodes text for display: every error grouped by code, small enough to hand to the page at once. The
 * decoder decides the catalog and language.
 */
export function decodeReport(text: string, decodeWith: (input: string) => DecodeResult): DecodedReport {
  const result = decodeWith(text);
  // A paste with a credential and no error still deserves the warning.
  const secrets = secretKindsIn(text);
  if (!result.ok) return { report: { ...result, secrets }, byCode: new Map(), all: [] };
  const byCode = new Map<string, Finding[]>();
  for (const finding of result.findings) {
    const key = groupKey(finding);
    const group = byCode.get(key);
    if (group) group.push(finding);
    else byCode.set(key, [finding]);
  }
  const summary = summarise(result.findings);
  const matched = new Set(result.findings.flatMap((finding) => (finding.entry ? [finding.entry.code] : [])));
  const groups = summary.slice(0, REPORT_LIMITS.groups).map((row) => {
    const findings = byCode.get(row.code)!;
    return { summary: row, first: findings[0]!, occurrences: occurrencesOf(findings, 0, REPORT_LIMITS.rows) };
  });
  return {
    report: {
      ok: true,
      total: result.findings.length,
      groups,
      summary,
      matched: [...matched],
      notes: result.notes,
      secrets,
    },
    byCode,
    all: result.findings,
  };
}

/** Rows `from` to `from + count` of a group's errors. */
export function occurrencesOf(findings: readonly Finding[], from: number, count: number): Occurrence[] {
  return findings.slice(from, from + count).map((finding) => {
    const { extracted } = finding;
    const region = regionOf(extracted.hostId);
    return {
      line: finding.line,
      ...(finding.time ? { time: finding.time } : {}),
      ...(extracted.requestId ? { requestId: extracted.requestId } : {}),
      ...(extracted.hostId ? { hostId: extracted.hostId } : {}),
      ...(region ? { region } : {}),
      ...(extracted.httpStatus ? { httpStatus: extracted.httpStatus } : {}),
      ...(finding.operation ? { operation: finding.operation } : {}),
      ...(finding.param ? { param: finding.param } : {}),
      warnings: finding.warnings,
    };
  });
}
