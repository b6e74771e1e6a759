import { csvField } from '../../catalog/csv.ts';
import { maskSecrets } from '../secrets/secrets.ts';
import type { Finding } from '../types.ts';

export interface CodeSummary {
  /** The catalog code, or the code as written when it is not in the catalog, or "(no code)". */
  readonly code: string;
  readonly count: number;
  readonly firstRequestId?: string;
  readonly lastRequestId?: string;
}

/** Groups findings by code, in order of first appearance, with counts and first and last RequestId. */
export function summarise(findings: readonly Finding[]): CodeSummary[] {
  const byCode = new Map<string, { count: number; firstRequestId?: string; lastRequestId?: string }>();
  for (const finding of findings) {
    const code = finding.entry?.code ?? finding.extracted.code ?? '(no code)';
    const known = byCode.get(code) ?? { count: 0 };
    const requestId = finding.extracted.requestId;
    byCode.set(code, {
      count: known.count + 1,
      firstRequestId: known.firstRequestId ?? requestId,
      lastRequestId: requestId ?? known.lastRequestId,
    });
  }
  return [...byCode].map(([code, row]) => ({ code, ...row }));
}

/** The summary as CSV: code, count, first and last RequestId; masked, as everything that leaves the page. */
export function summaryCsv(summary: readonly CodeSummary[]): string {
  const rows = summary.map((row) =>
    [row.code, String(row.count), row.firstRequestId ?? '', row.lastRequestId ?? ''].map(csvField).join(','),
  );
  return maskSecrets(['code,count,firstRequestId,lastRequestId', ...rows].join('\r\n') + '\r\n');
}

/** A plain-text note for a support ticket: what the error is, its ids, what it means and what to do; masked. */
export function ticketText(finding: Finding, entryLink: string): string {
  const { extracted, entry } = finding;
  const lines = [
    `KMS error: ${entry?.code ?? extracted.code ?? 'unknown'}${entry?.httpStatus ? ` (HTTP ${entry.httpStatus})` : ''}`,
    entry
      ? `Matched: ${finding.match}, confidence ${Math.round(finding.confidence * 100)}%`
      : `Not matched to a catalog code${finding.candidates.length ? `; suggestions only: ${finding.candidates.join(', ')}` : ''}`,
    extracted.httpStatus ? `HTTP status seen: ${extracted.httpStatus}` : '',
    extracted.requestId ? `RequestId: ${extracted.requestId}` : '',
    extracted.hostId ? `HostId: ${extracted.hostId}` : '',
    finding.param ? `Parameter: ${finding.param}` : '',
    finding.operation ? `Operation: ${finding.operation}` : '',
    entry ? `Meaning: ${entry.meaning}` : '',
    (finding.nextStep ?? entry?.fixes[0]) ? `Next step: ${finding.nextStep ?? entry?.fixes[0]}` : '',
    ...finding.warnings.map((warning) => `Note: ${warning}`),
    entry ? `Reference: ${entryLink}` : '',
  ];
  return maskSecrets(lines.filter((line) => line !== '').join('\n') + '\n');
}
