// The HTTP status a line states, and the status a body printed on one line takes from the rest of it.
import { lineIndexAt } from '../textLines.ts';
import type { Piece, ReaderInput } from './reader.ts';

// "HTTP/1.1 404", "HttpStatus: 404", "Status Code: 404", "Actual(400 Bad Request)", "返回状态码：400", and a
// status with its reason phrase ("SDK.ServerError 400 Bad Request").
const STATUS =
  /(?:HTTP\/\d(?:\.\d)?[ \t]{1,4}|(?:HTTP[ _]?Status(?:[ _]?Code)?|Status[ _]?Code|status|返回状态码|状态码|HTTP状态码)["']?[ \t]{0,4}[:=：][ \t]{0,4}|Actual\()(\d{3})\b|\b([45]\d\d)[ \t](?=Bad Request|Unauthorized|Forbidden|Not Found|Conflict|Too Many Requests|Internal Server Error|Service Unavailable)/i;

// How much of a body's line, around it, is searched for its status.
const MAX_AROUND = 2000;

/** The HTTP status a line states, if it states one. */
export function statusIn(line: string): string | undefined {
  const found = STATUS.exec(line);
  return found?.[1] ?? found?.[2];
}

/**
 * A body printed on one line with its status ("SDK.ServerError 400 Bad Request {…}", "{…} ,返回状态码: 400")
 * takes the status from the rest of its line, when it states none itself.
 */
export function withStatusOfLine({ text, lineStarts }: ReaderInput, piece: Piece): Piece {
  if (piece.fields.httpStatus !== undefined) return piece;
  const lineStart = lineStarts[lineIndexAt(lineStarts, piece.start)] ?? 0;
  const nextLine = text.indexOf('\n', piece.end);
  const around = `${text.slice(lineStart, piece.start)} ${text.slice(piece.end, nextLine === -1 ? undefined : nextLine)}`;
  const status = statusIn(around.slice(0, MAX_AROUND));
  return status ? { ...piece, fields: { ...piece.fields, httpStatus: Number(status) } } : piece;
}
