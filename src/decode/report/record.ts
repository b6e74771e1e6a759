import type { Finding } from '../types.ts';

/** A finding as the command line prints it (and as the app exports it): plain, flat, stable keys. */
export function findingRecord(finding: Finding) {
  return {
    code: finding.entry?.code ?? null,
    match: finding.match,
    confidence: finding.confidence,
    httpStatus: finding.extracted.httpStatus ?? null,
    catalogStatus: finding.entry?.httpStatus ?? null,
    requestId: finding.extracted.requestId ?? null,
    param: finding.param ?? null,
    operation: finding.operation ?? null,
    nextStep: finding.nextStep ?? null,
    line: finding.line,
    time: finding.time ?? null,
    extracted: finding.extracted,
    warnings: finding.warnings,
  };
}
