import { jsonrepair } from 'jsonrepair';
import { isError } from './fields.ts';
import { fieldsOfValue } from './objects.ts';
import type { EmbeddedBody, Piece, Range, Reader } from './reader.ts';
import { withStatusOfLine } from './status.ts';

// Bounds that keep hostile input linear: how deep a brace may nest and still be tried as a body,
// the largest body handed to the repairer, and how many bodies one paste may try.
const MAX_NESTING = 8;
const MAX_REPAIR = 256 * 1024;
const MAX_TRIES = 200_000;
const HINT = /code|message|recommend|requestid/i;

/**
 * JSON error bodies: pretty or minified, and as people break them (single quotes, trailing commas,
 * comments, Python reprs, truncation, escaped inside a log string), repaired by jsonrepair. It takes every
 * stretch read as a body, including those that only carry an embedded one.
 */
export const jsonReader: Reader = {
  id: 'json',
  read(input) {
    const { pieces, covered, embedded } = readJson(input.text);
    return { pieces: pieces.map((piece) => withStatusOfLine(input, piece)), takes: covered, embedded };
  },
};

function readJson(text: string) {
  const pieces: Piece[] = [];
  const covered: Range[] = [];
  const embedded: EmbeddedBody[] = [];
  let coveredTo = -1;
  let tries = 0;
  for (const [start, end] of bracePairs(text)) {
    if (start <= coveredTo || tries >= MAX_TRIES) continue;
    const candidate = text.slice(start, end + 1);
    if (!HINT.test(candidate)) continue;
    tries++;
    const value = parse(candidate);
    if (value === undefined) continue;
    const found = fieldsOfValue(value);
    for (const body of found.embedded) embedded.push({ at: start, end: end + 1, text: body });
    // Only a stretch that really held an error hides the lines in it from the other readers.
    if ((found.fields && isError(found.fields)) || found.embedded.length > 0) {
      coveredTo = end;
      covered.push([start, end + 1]);
    }
    if (found.fields) pieces.push({ start, end: end + 1, format: 'json', fields: found.fields });
  }
  return { pieces, embedded, covered };
}

/** Parses strict JSON, else what jsonrepair makes of it; undefined when neither gives an object. */
function parse(candidate: string): unknown {
  try {
    return JSON.parse(candidate);
  } catch {
    if (candidate.length > MAX_REPAIR) return undefined;
    try {
      const value: unknown = JSON.parse(jsonrepair(withoutStringPrefixes(candidate)));
      return typeof value === 'object' ? value : undefined;
    } catch {
      // The repairer recurses; a pathological body may exhaust its stack. Either way: not a body.
      return undefined;
    }
  }
}

// Python 2 prints its strings as u'…' (and bytes as b'…'), which the repairer does not read.
const PREFIXED_STRING = /(^|[\s{[,:(])[uUbB](['"])/g;

function withoutStringPrefixes(candidate: string): string {
  return candidate.includes("u'") || candidate.includes('u"') || candidate.includes("b'")
    ? candidate.replace(PREFIXED_STRING, '$1$2')
    : candidate;
}

/**
 * Matching { } pairs, outermost first, in one pass with a stack; braces nested deeper than MAX_NESTING
 * are counted but not offered. Truncated bodies (an opening brace never closed) are offered to the
 * repairer up to the end of their line, or, when the brace ends its line (pretty-printed), to the next
 * blank line.
 */
function bracePairs(text: string): [number, number][] {
  const pairs: [number, number][] = [];
  const open: number[] = [];
  // indexOf jumps from brace to brace; a log is mostly text between them.
  let nextOpen = text.indexOf('{');
  let nextClose = text.indexOf('}');
  while (nextOpen !== -1 || nextClose !== -1) {
    if (nextOpen !== -1 && (nextClose === -1 || nextOpen < nextClose)) {
      open.push(nextOpen);
      nextOpen = text.indexOf('{', nextOpen + 1);
      continue;
    }
    if (open.length > 0) {
      const start = open.pop()!;
      if (open.length < MAX_NESTING) pairs.push([start, nextClose]);
    }
    nextClose = text.indexOf('}', nextClose + 1);
  }
  for (const start of open.slice(0, MAX_NESTING)) pairs.push([start, truncatedEnd(text, start) - 1]);
  return pairs.sort((a, b) => a[0] - b[0] || b[1] - a[1]);
}

function truncatedEnd(text: string, start: number): number {
  const lineEnd = text.indexOf('\n', start);
  if (lineEnd === -1) return text.length;
  if (text.slice(start + 1, lineEnd).trim() !== '') return lineEnd;
  const blank = text.indexOf('\n\n', start);
  return blank === -1 ? text.length : blank;
}
