import { isError } from './readers/fields.ts';
import type { Matcher } from './match/match.ts';
import type { Piece } from './readers/reader.ts';
import type { Extracted } from './types.ts';

// Pieces this close (in characters, after the first ends) may be parts of one printed error.
const NEAR = 400;

/**
 * Joins pieces that are parts of one error: an HTTP status line and the body after it, an SDK's
 * summary lines and its "Data:" body, an exception line and the "RequestId" line under it. Two whole
 * errors read the same way (two log lines, two bodies) are never joined.
 */
export function mergePieces(pieces: readonly Piece[], resolve: Matcher['resolve']): Piece[] {
  const sorted = [...pieces].sort((a, b) => a.start - b.start || b.end - a.end);
  const merged: Piece[] = [];
  for (const piece of sorted) {
    const last = merged.at(-1);
    if (last && belongTogether(last, piece, resolve)) merged[merged.length - 1] = join(last, piece);
    else merged.push(piece);
  }
  return merged;
}

function belongTogether(a: Piece, b: Piece, resolve: Matcher['resolve']): boolean {
  // A RequestId is unique to one call: the same one twice (a logger line and the traceback under it)
  // is one error printed twice.
  if (a.fields.requestId && a.fields.requestId === b.fields.requestId)
    return agree(a.fields, b.fields, resolve);
  if (b.start - a.end > NEAR) return false;
  // A status line alone ("HTTP/1.1 404 Not Found") heads what follows it, never what came before.
  if (!isError(b.fields) && b.fields.httpStatus && !b.fields.requestId) return false;
  const whole = isError(a.fields) && isError(b.fields);
  if (whole && a.format === b.format && !completes(a.fields, b.fields, resolve)) return false;
  return agree(a.fields, b.fields, resolve);
}

// One piece has the code, the other only its message ("<message>" printed above "<Code> : <message>"):
// parts of one error when that message is the code's, as documented or as the coded piece says it.
function completes(a: Extracted, b: Extracted, resolve: Matcher['resolve']): boolean {
  const [coded, other] = a.code && !b.code ? [a, b] : b.code && !a.code ? [b, a] : [];
  if (!coded || !other?.message || (coded.requestId && other.requestId)) return false;
  const said = squash(other.message);
  const entry = resolve(coded.code!)?.entry;
  return (
    (coded.message !== undefined && squash(coded.message) === said) ||
    (entry?.messages.some((message) => squash(message.text) === said) ?? false)
  );
}

function squash(message: string): string {
  return message
    .replace(/[\s.]+/g, ' ')
    .trim()
    .toLowerCase();
}

function agree(a: Extracted, b: Extracted, resolve: Matcher['resolve']): boolean {
  const canonical = (code: string) => resolve(code)?.entry.code ?? code;
  if (a.code && b.code && canonical(a.code) !== canonical(b.code)) return false;
  if (a.requestId && b.requestId && a.requestId !== b.requestId) return false;
  return !(a.httpStatus && b.httpStatus && a.httpStatus !== b.httpStatus);
}

// The structured piece's fields win; the other only fills gaps.
function join(a: Piece, b: Piece): Piece {
  const [first, second] = rank(a) >= rank(b) ? [a, b] : [b, a];
  const fields: Extracted = {
    ...second.fields,
    ...definedOnly(first.fields),
    other: Object.assign(
      Object.create(null) as Record<string, string>,
      second.fields.other,
      first.fields.other,
    ),
  };
  return { start: Math.min(a.start, b.start), end: Math.max(a.end, b.end), format: first.format, fields };
}

function rank(piece: Piece): number {
  const order = { json: 4, xml: 4, fields: 3, sdk: 2, text: 1 } as const;
  return (isError(piece.fields) ? 10 : 0) + order[piece.format];
}

function definedOnly(fields: Extracted): Partial<Extracted> {
  const defined: Partial<Record<keyof Extracted, unknown>> = {};
  for (const key of Object.keys(fields) as (keyof Extracted)[])
    if (fields[key] !== undefined) defined[key] = fields[key];
  return defined as Partial<Extracted>;
}
