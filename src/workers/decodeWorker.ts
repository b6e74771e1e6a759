// Decoding runs here, off the main thread, so a multi-megabyte log never freezes typing or scrolling.
// The page gets the errors grouped by code with a few rows each, and asks for more rows or for the CSV
// of every error: handing it thousands of findings, and rendering them, would freeze it as surely as
// decoding there.
import { decodeReport, occurrencesOf, type DecodedReport } from '../decode/report/report.ts';
import { occurrencesCsv } from '../decode/report/summary.ts';
import { createDecoder } from '../decode/decode.ts';
import { languageCatalog, languageDecoderText } from './language.ts';
import { OCCURRENCES_PAGE, type DecodeAnswer, type DecodeAsk } from './protocol.ts';
import { serve } from './serve.ts';

// The last text's report, for the rows and the CSV asked for after it.
let kept: { id: number; decoded: DecodedReport } | undefined;

// The decoder of the page's language: its catalog's guidance, its words.
const ready = Promise.all([languageCatalog, languageDecoderText()]).then(([catalog, words]) => ({
  decode: createDecoder(catalog, words),
  words,
}));

serve<DecodeAsk, DecodeAnswer>(async (ask, id) => {
  const { decode, words } = await ready;
  if (ask.kind === 'decode') {
    const decoded = decodeReport(ask.text, decode);
    kept = { id, decoded };
    return { kind: 'report', report: decoded.report };
  }
  // A text no longer kept (a newer one was decoded since) has nothing more: the page has moved on.
  const decoded = kept?.id === ask.of ? kept.decoded : undefined;
  if (ask.kind === 'csv') return { kind: 'csv', text: decoded ? occurrencesCsv(decoded.all, words) : '' };
  const findings = decoded?.byCode.get(ask.code) ?? [];
  return {
    kind: 'occurrences',
    code: ask.code,
    from: ask.from,
    occurrences: occurrencesOf(findings, ask.from, OCCURRENCES_PAGE),
  };
});
