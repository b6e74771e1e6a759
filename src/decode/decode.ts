import type { CatalogEntry } from '../catalog/types.ts';
import { isFinding } from './readers/fields.ts';
import { createMatcher, type Matcher } from './match/match.ts';
import { mergePieces } from './merge.ts';
import { mentionsIn, operationBetween, windowStart, withOperation } from './match/operation.ts';
import type { EmbeddedBody, Piece, Range } from './readers/reader.ts';
import { readers } from './readers/readers.ts';
import { overlapTest } from './ranges.ts';
import { maskExtracted, maskSecrets } from './secrets/secrets.ts';
import type { DecodeResult, Finding } from './types.ts';
import type { DecoderText } from './text/decoderText.ts';
import { repairXmlSyntax } from './readers/xml.ts';
import { lineIndexAt, lineStartsOf, readingStartsOf } from './textLines.ts';
import { timestampNear } from './timestamps.ts';

/** The largest input decoded; a log file beyond this is refused with a message that says so. */
export const MAX_INPUT = 20 * 1024 * 1024;
// How deep an error body escaped inside another body's string is followed.
const MAX_EMBEDDING = 3;

// Terminal colour codes are control characters by nature.
// eslint-disable-next-line no-control-regex
const ANSI = /\x1b\[[0-9;?]{0,32}[ -/]{0,4}[@-~]/g;
const BOX_DRAWING = /[\u2500-\u257f]/g;
// Invisible characters a copy may carry or a spoof may plant: zero-width spaces and joiners, the byte
// order mark, and bidirectional controls (which would show "Forbidden.\u202eKeyNotFound" reversed).
const INVISIBLE = /[\u00ad\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]/g;
// Full-width letters, digits and signs (an East Asian keyboard's ＦＯＲＢＩＤＤＥＮ, ：) as their ASCII selves,
// one character for one, so every offset stays.
const FULL_WIDTH = /[\uff01-\uff5e]/g;

/**
 * A decoder that matches against the given entries (the real catalog in a language, or the bench's larger
 * ones) and says what it says in the language of `words`.
 */
export function createDecoder(
  entries: readonly CatalogEntry[],
  words: DecoderText,
): (input: string) => DecodeResult {
  const matcher = createMatcher(entries, words);
  return (input) => {
    if (input.length > MAX_INPUT) {
      const megabytes = (input.length / 1024 / 1024).toFixed(1);
      return { ok: false, reason: words.refusal.tooLarge(megabytes), hint: words.refusal.tooLargeHint };
    }
    const text = normalise(input);
    if (text.trim() === '') {
      return { ok: false, reason: words.refusal.empty, hint: words.refusal.emptyHint };
    }
    const notes: string[] = [];
    const lineStarts = lineStartsOf(text);
    const context = { notes, matcher, words };
    const findings = decodeText(text, 0, context).map((finding) => placed(finding, text, lineStarts));
    const shown = notes.map(maskSecrets);
    if (findings.length === 0) return { ok: false, ...whyNothing(text, shown, words) };
    return { ok: true, findings, notes: shown };
  };
}

/**
 * Strips what terminals and log viewers add (colours, box drawing, CR, invisible characters), reads
 * full-width characters as ASCII, and repairs the older docs' XML.
 */
export function normalise(input: string): string {
  let text = input;
  // A pass only when its character is there: most pastes have none, and a log may be megabytes.
  if (text.includes('\x1b')) text = text.replace(ANSI, '');
  if (text.includes('\r')) text = text.replace(/\r\n?/g, '\n');
  if (text.includes('\0')) text = text.replace(/\0/g, '');
  if (text.search(FULL_WIDTH) !== -1)
    text = text.replace(FULL_WIDTH, (char) => String.fromCharCode(char.charCodeAt(0) - 0xfee0));
  return repairXmlSyntax(text.replace(BOX_DRAWING, ' ').replace(INVISIBLE, ''));
}

// What every level of decoding shares: the notes it gathers, the matching, and its language.
interface Context {
  readonly notes: string[];
  readonly matcher: Matcher;
  readonly words: DecoderText;
}

function decodeText(text: string, depth: number, context: Context): Finding[] {
  const { matcher, words } = context;
  const { pieces: read, embedded } = readAll(text, context);
  const pieces = mergePieces(read, matcher.resolve).filter((piece) => isFinding(piece.fields));
  // Read once, and only when there is an error to tie an operation to.
  const mentions = pieces.length > 0 || embedded.length > 0 ? mentionsIn(text) : undefined;
  let previousEnd = 0;
  const findings = pieces.map((piece) => {
    // The operation is named before or inside the error, never inside the error before it.
    const operation = operationBetween(mentions!, windowStart(piece.start, previousEnd), piece.end);
    previousEnd = piece.end;
    return withOperation(toFinding(piece, matcher), operation, words);
  });
  if (depth < MAX_EMBEDDING) {
    for (const body of embedded) {
      const inner = decodeText(normalise(body.text), depth + 1, context);
      // A structured log names the operation beside the error it carries: {"action": "Decrypt", "error": …}.
      const around = operationBetween(mentions!, windowStart(body.at, 0), body.end);
      findings.push(
        ...inner.map((finding) => ({
          ...(finding.operation ? finding : withOperation(finding, around, words)),
          offset: body.at,
        })),
      );
    }
  }
  return findings.sort((a, b) => a.offset - b.offset);
}

/**
 * Runs every reader over the text in order, each told what the readers before it took. A reader that
 * fails on this text is named in a note; the others' findings stand.
 */
function readAll(text: string, { notes, matcher, words }: Context) {
  const lineStarts = readingStartsOf(text);
  const pieces: Piece[] = [];
  const taken: Range[] = [];
  const embedded: EmbeddedBody[] = [];
  for (const reader of readers) {
    try {
      const reading = reader.read({ text, lineStarts, taken: overlapTest(taken), matcher, words });
      pieces.push(...reading.pieces);
      taken.push(...reading.takes);
      embedded.push(...(reading.embedded ?? []));
      notes.push(...(reading.problems ?? []));
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      notes.push(words.notes.readerFailed(words.notes.readerNames[reader.id], message));
    }
  }
  return { pieces, embedded };
}

// Where each error sits in what was pasted: its line, and the time the log gives it.
function placed(finding: Finding, text: string, lineStarts: readonly number[]): Finding {
  const time = timestampNear(text, lineStarts, finding.offset);
  return { ...finding, line: lineIndexAt(lineStarts, finding.offset) + 1, ...(time ? { time } : {}) };
}

function toFinding(piece: Piece, matcher: Matcher): Finding {
  const found = matcher.match(piece.fields);
  return {
    format: piece.format,
    offset: piece.start,
    line: 0,
    // Matched as written; shown, printed and exported masked, so no result repeats a pasted secret.
    extracted: maskExtracted(piece.fields),
    match: found.match,
    confidence: found.confidence,
    candidates: found.candidates,
    // Warnings quote what the text said: masked like the fields.
    warnings: found.warnings.map(maskSecrets),
    ...(found.entry ? { entry: found.entry } : {}),
    ...(found.param ? { param: maskSecrets(found.param) } : {}),
    ...(found.family ? { family: found.family } : {}),
  };
}

function whyNothing(
  text: string,
  notes: readonly string[],
  { refusal }: DecoderText,
): { reason: string; hint: string } {
  const trimmed = text.trim();
  if (notes.length > 0) return { reason: notes[0]!, hint: refusal.malformedHint };
  if (trimmed.startsWith('{') || trimmed.startsWith('['))
    return { reason: refusal.jsonWithoutError, hint: refusal.jsonWithoutErrorHint };
  if (trimmed.startsWith('<')) return { reason: refusal.xmlWithoutError, hint: refusal.xmlWithoutErrorHint };
  return { reason: refusal.nothing, hint: refusal.nothingHint };
}
