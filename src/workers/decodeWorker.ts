// Decoding runs here, off the main thread, so a multi-megabyte log never freezes typing or scrolling.
// The page gets a summary and a page of findings at a time: handing it thousands of findings, and
// rendering them, would freeze it as surely as decoding there.
import { decodeReport } from '../decode/report/report.ts';
import type { Finding } from '../decode/types.ts';
import { FINDINGS_PAGE, type DecodeAnswer, type DecodeAsk } from './protocol.ts';
import { serve } from './serve.ts';

// The last text's findings, for the pages after the first.
let kept: { id: number; findings: readonly Finding[] } | undefined;

serve<DecodeAsk, DecodeAnswer>((ask, id) => {
  if (ask.kind === 'decode') {
    const { report, all } = decodeReport(ask.text, FINDINGS_PAGE);
    kept = { id, findings: all };
    return { kind: 'report', report };
  }
  // A page of a text no longer kept (a newer one was decoded since) is empty: the page has moved on.
  const findings = kept?.id === ask.of ? kept.findings.slice(ask.from, ask.from + FINDINGS_PAGE) : [];
  return { kind: 'more', from: ask.from, findings };
});
