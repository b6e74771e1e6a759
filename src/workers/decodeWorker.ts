// Decoding runs here, off the main thread, so a multi-megabyte log never freezes typing or scrolling.
// The page gets a summary and a page of findings at a time: handing it thousands of findings, and
// rendering them, would freeze it as surely as decoding there.
import { decodeReport } from '../decode/report.ts';
import type { Finding } from '../decode/types.ts';
import { FINDINGS_PAGE, type FromWorker, type ToWorker } from './decodeMessages.ts';

// The last text's findings, for the pages after the first.
let kept: { id: number; findings: readonly Finding[] } | undefined;

const answer = (message: FromWorker) => self.postMessage(message);

self.onmessage = (event: MessageEvent<ToWorker>) => {
  const message = event.data;
  if (message.kind === 'decode') {
    const { report, all } = decodeReport(message.text, FINDINGS_PAGE);
    kept = { id: message.id, findings: all };
    answer({ kind: 'report', id: message.id, report });
  } else if (kept?.id === message.id) {
    const findings = kept.findings.slice(message.from, message.from + FINDINGS_PAGE);
    answer({ kind: 'more', id: message.id, from: message.from, findings });
  }
};
