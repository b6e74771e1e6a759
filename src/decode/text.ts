import { facts } from '../catalog/facts.ts';
import { familyOf } from '../catalog/families.ts';
import { resolveCode } from '../catalog/lookup.ts';
import { compileTemplate, findTemplate } from '../catalog/template.ts';
import { emptyFields, setField } from './fields.ts';
import type { Piece } from './piece.ts';

const MAX_LINE = 64 * 1024;
// Dotted or CamelCase words that may be codes; each is checked against the catalog and the families.
const CODE_TOKEN = /\b[A-Z][A-Za-z0-9]{1,63}(?:\.[A-Za-z][A-Za-z0-9]{0,63}){0,3}\b/g;
// "Error:Forbidden.Foo", "ErrorCode: Foo", "code=Foo": a code named as one, even one we do not know.
const LABELLED_CODE =
  /\b(?:Error|ErrorCode|ErrCode|Code)["']?[ \t]{0,4}[:=][ \t]{0,4}["']?([A-Z][A-Za-z0-9]{1,63}(?:\.[A-Za-z0-9]{1,63}){0,3})/;
// "Exception: Forbidden.KeyNotFound : message" (Java and .NET SDKs).
const EXCEPTION_CODE =
  /Exception:[ \t]{0,4}([A-Z][A-Za-z0-9]{1,63}(?:\.[A-Za-z0-9]{1,63}){0,3})[ \t]{1,4}:[ \t]{0,4}(.{1,500})$/;
// Tea/Darabonba SDKs: "code: 404, <message> request id: <id>".
const TEA_MESSAGE =
  /code:[ \t]{0,4}(\d{3}),[ \t]{0,4}(.{1,500}?)[ \t]{1,4}request id:[ \t]{0,4}([\w-]{8,64})/i;
const URL = /https?:\/\/[^\s"'<>]{1,2000}/g;
// The SDKs' own client-side codes; SDK.ServerError only announces the server's code on the next line.
const SDK_CODE = /\bSDK\.(?!ServerError\b)[A-Z][A-Za-z]{2,40}\b/;
const REQUEST_ID = /Request[ _-]?ID["']?[ \t]{0,4}[:=][ \t]{0,4}["']?([\w-]{8,64})/i;
const HOST_ID = /HostId["']?[ \t]{0,4}[:=][ \t]{0,4}["']?([\w.-]{3,128})/i;
const RECOMMEND = /https?:\/\/[^\s"'<>]{1,300}troubleshoot\?[^\s"'<>]{1,300}/;
const STATUS =
  /(?:HTTP\/\d(?:\.\d)?[ \t]{1,4}|(?:HTTP[ _]?Status(?:Code)?|StatusCode|status)["']?[ \t]{0,4}[:=][ \t]{0,4})(\d{3})\b/i;

const templates = facts.flatMap((entry) =>
  entry.messages.map((message) => ({
    template: compileTemplate(message.text),
    // A cheap test before the regular expression: the longest fixed run of the message, lowercased.
    anchor: longestRun(message.text),
  })),
);

/**
 * Error signals in free text, one piece per line: codes, documented messages, ids, statuses, links.
 * Lines for which `skip` is true (asked in order) are not read: they belong to a body already read.
 */
export function readText(
  text: string,
  lineStarts: readonly number[],
  skip: (start: number, end: number) => boolean,
): Piece[] {
  const pieces: Piece[] = [];
  for (let i = 0; i < lineStarts.length; i++) {
    const start = lineStarts[i]!;
    const end = (lineStarts[i + 1] ?? text.length + 1) - 1;
    if (end - start > MAX_LINE || end === start || skip(start, end)) continue;
    const fields = lineFields(text.slice(start, end));
    if (fields) pieces.push({ start, end, format: 'text', fields });
  }
  return pieces;
}

function lineFields(line: string) {
  const fields = emptyFields();
  const tea = TEA_MESSAGE.exec(line);
  if (tea) {
    setField(fields, 'HttpStatus', tea[1]);
    setField(fields, 'Message', tea[2]);
    setField(fields, 'RequestId', tea[3]);
  }
  const exception = EXCEPTION_CODE.exec(line);
  const labelled = LABELLED_CODE.exec(line)?.[1];
  const code = exception?.[1] ?? (labelled && withoutErrorSuffix(labelled)) ?? knownCodeIn(line);
  if (code) setField(fields, 'Code', code);
  if (exception && !fields.message) setField(fields, 'Message', exception[2]);
  if (!fields.message) {
    const message = documentedMessageIn(line);
    if (message) setField(fields, 'Message', message);
  }
  setField(fields, 'RequestId', REQUEST_ID.exec(line)?.[1]);
  setField(fields, 'HostId', HOST_ID.exec(line)?.[1]);
  setField(fields, 'Recommend', RECOMMEND.exec(line)?.[0]);
  setField(fields, 'HttpStatus', STATUS.exec(line)?.[1]);
  const said = fields.code || fields.message || fields.recommend || fields.requestId || fields.httpStatus;
  return said ? fields : undefined;
}

// A catalog code or alias anywhere on the line, else a dotted word of a known family (Rejected.Foo).
// URLs are left out: a Recommend link's q= is its own, weaker signal, and signed URLs are noise.
function knownCodeIn(line: string): string | undefined {
  let family: string | undefined;
  for (const [token] of line.replace(URL, ' ').matchAll(CODE_TOKEN)) {
    const code = withoutErrorSuffix(token);
    const resolved = resolveCode(code);
    if (resolved && resolved.via !== 'case') return code;
    if (!family && code.includes('.') && familyOf(code) !== 'none') family = code;
  }
  return family ?? SDK_CODE.exec(line)?.[0];
}

// @alicloud/pop-core names its errors after the code plus "Error": "InvalidAccessKeyId.NotFoundError".
function withoutErrorSuffix(token: string): string {
  const bare = token.endsWith('Error') ? token.slice(0, -'Error'.length) : token;
  return bare !== token && resolveCode(bare) ? bare : token;
}

function documentedMessageIn(line: string): string | undefined {
  const lower = line.toLowerCase();
  for (const { template, anchor } of templates) {
    if (!lower.includes(anchor)) continue;
    const found = findTemplate(template, line);
    if (found) return found.text;
  }
  return undefined;
}

function longestRun(message: string): string {
  const runs = message.toLowerCase().split(/<\s*parameter name\s*>|"/);
  return runs.reduce((a, b) => (b.trim().length > a.length ? b.trim() : a), '');
}
