import { emptyFields, isError, knownField, setField } from './fields.ts';
import { readableLine } from '../textLines.ts';
import type { Piece, Reader } from './reader.ts';

// A "Name: value" line as SDKs, the aliyun CLI and logs print them ("ErrorCode: X", "RequestId : X",
// "   StatusCode: 404", `"Code": "X",`), once its trailing comma and spaces are cut (see withoutTrailer).
// Bounded quantifiers only: no line can make it backtrack.
const FIELD_LINE =
  /^[\s│|>*•-]{0,16}["']?([A-Za-z\u4e00-\u9fff][A-Za-z\u4e00-\u9fff_ -]{0,30}?)["']?[ \t]{0,8}[:=][ \t]{0,8}(.{0,4000})$/;
// Lines between two fields of one printout (an SDK's "Data:" body, a blank) before the printout ends.
const MAX_GAP = 2;

/**
 * Blocks of consecutive "Name: value" lines that name an error field; a repeated field starts a new block.
 * A block inside a stretch an earlier reader took (a pretty-printed body's lines) is left to that reader.
 */
export const fieldLinesReader: Reader = {
  id: 'fields',
  read(input) {
    const pieces = readFieldLines(input.text, input.lineStarts).filter(
      (piece) => !input.taken(piece.start, piece.end),
    );
    return { pieces, takes: pieces.map((piece) => [piece.start, piece.end] as const) };
  },
};

function readFieldLines(text: string, lineStarts: readonly number[]): Piece[] {
  const pieces: Piece[] = [];
  let fields = emptyFields();
  let seen = new Set<string>();
  let start = -1;
  let end = -1;
  let gap = 0;
  const close = () => {
    if (start !== -1 && isError(fields)) pieces.push({ start, end, format: 'fields', fields });
    fields = emptyFields();
    seen = new Set();
    start = -1;
    gap = 0;
  };
  for (let i = 0; i < lineStarts.length; i++) {
    const from = lineStarts[i]!;
    const to = (lineStarts[i + 1] ?? text.length + 1) - 1;
    const line = readableLine(text, lineStarts, i) ?? '';
    const match = FIELD_LINE.exec(withoutTrailer(line));
    const known = match ? knownField(match[1]!) : undefined;
    if (!match || !known) {
      if (start !== -1 && ++gap > MAX_GAP) close();
      continue;
    }
    if (seen.has(known)) close();
    if (start === -1) start = from;
    for (const [name, value] of fieldsOfLine(match[1]!, match[2]!)) {
      const field = knownField(name);
      if (field) seen.add(field);
      setField(fields, name, unquote(value));
    }
    end = to;
    gap = 0;
  }
  close();
  return pieces;
}

// "Code: X, Message: Y", "ErrorCode=X ErrorMessage=Y", `code=X message="Y" requestId=Z`: one line that
// holds several fields, split where another known field's name begins.
// Tried only where a run of blanks starts, so a long run of spaces is crossed once, not once per space.
const NEXT_NAME =
  /(?<![ \t])(?:[ \t]*[,;|][ \t]*|[ \t]+)["']?([A-Za-z\u4e00-\u9fff][A-Za-z\u4e00-\u9fff_ ]{1,20}?)["']?[ \t]{0,4}[:=][ \t]{0,4}/g;

function fieldsOfLine(name: string, value: string): [string, string][] {
  const fields: [string, string][] = [];
  let current = name;
  let from = 0;
  NEXT_NAME.lastIndex = 0;
  for (let next = NEXT_NAME.exec(value); next; next = NEXT_NAME.exec(value)) {
    if (!knownField(next[1]!)) continue;
    fields.push([current, value.slice(from, next.index)]);
    current = next[1]!;
    from = next.index + next[0].length;
  }
  fields.push([current, value.slice(from)]);
  return fields;
}

// Cuts the spaces, comma and spaces a line may end with (`"Code": "X",`). Done by hand: a pattern that
// leaves them out of the value has to try every length of the value, and "Data:" lines are long.
function withoutTrailer(line: string): string {
  let end = line.length;
  while (end > 0 && isBlank(line.charCodeAt(end - 1))) end--;
  if (end > 0 && line.charCodeAt(end - 1) === 44 /* , */) end--;
  while (end > 0 && isBlank(line.charCodeAt(end - 1))) end--;
  return end === line.length ? line : line.slice(0, end);
}

function isBlank(char: number): boolean {
  return char === 32 || char === 9;
}

function unquote(value: string): string {
  const trimmed = value.trim();
  const quote = trimmed[0];
  if ((quote === '"' || quote === "'") && trimmed.endsWith(quote) && trimmed.length >= 2)
    return trimmed.slice(1, -1);
  return trimmed;
}
