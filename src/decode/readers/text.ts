import { familyOf } from '../../catalog/families.ts';
import { emptyFields, setField } from './fields.ts';
import type { Matcher } from '../match/match.ts';
import { readableLine } from '../textLines.ts';
import type { Piece, Reader } from './reader.ts';
import { statusIn } from './status.ts';

// Dotted or CamelCase words that may be codes; each is checked against the catalog and the families.
const CODE_TOKEN = /\b[A-Z][A-Za-z0-9]{1,63}(?:\.[A-Za-z][A-Za-z0-9]{0,63}){0,3}\b/g;
// "Error:Forbidden.Foo", "ErrorCode: Foo", "code=Foo": a code named as one, even one we do not know.
// "Aliyun API Error: RequestId: …" labels a field, not a code: a value followed by its own ":" is skipped.
const LABELLED_CODE =
  /\b(Error|ErrorCode|ErrCode|Code|错误码|错误代码)["']?[ \t]{0,4}[:=：][ \t]{0,4}["']?([A-Z][A-Za-z0-9]{1,63}(?:\.[A-Za-z0-9]{1,63}){0,3})(?![A-Za-z0-9.]*["']?[ \t]{0,4}[:=：])/g;
// After the weak label "Error:" prose often follows ("Error: Failed to …"): only a code-shaped word counts,
// one with a dot, or with a capital inside as well as a small letter ("MissingTimestamp", "SDKError").
const CODE_SHAPED = /\.|^[A-Z](?=[A-Za-z0-9]*[a-z])[A-Za-z0-9]*[A-Z]/;
// "Error:Throttling …" with nothing between (the Python SDK's "Error:%s %s"): the word is the code.
const GLUED = /^Error["']?[:=：]["']?[A-Z]/;
// "Exception: Forbidden.KeyNotFound : message" (Java and .NET SDKs).
const EXCEPTION_CODE =
  /Exception:[ \t]{0,4}([A-Z][A-Za-z0-9]{1,63}(?:\.[A-Za-z0-9]{1,63}){0,3})[ \t]{1,4}:[ \t]{0,4}(.{1,500})$/;
// Tea/Darabonba SDKs: "code: 404, <message> request id: <id>".
const TEA_MESSAGE =
  /code:[ \t]{0,4}(\d{3}),[ \t]{0,4}(.{1,500}?),?[ \t]{1,4}request ?id:[ \t]{0,4}([\w-]{8,64})/i;
// "Message: …" to the end of the line, when nothing documented was found in it.
const LABELLED_MESSAGE =
  /\b(?:Message|ErrorMessage|ErrMsg|错误信息)["']?[ \t]{0,4}[:=：][ \t]{0,4}["']?([^"'\n]{3,500}?)["']?[ \t]*$/;
const URL = /https?:\/\/[^\s"'<>\\]{1,2000}/g;
// The SDKs' own client-side codes; SDK.ServerError only announces the server's code on the next line.
const SDK_CODE = /\bSDK\.(?!ServerError\b)[A-Z][A-Za-z]{2,40}\b/;
const REQUEST_ID = /(?:Request[ _-]?ID|请求[ ]?ID|请求编号)["']?[ \t]{0,4}[:=][ \t]{0,4}["']?([\w-]{8,64})/i;
const HOST_ID = /HostId["']?[ \t]{0,4}[:=][ \t]{0,4}["']?([\w.-]{3,128})/i;
const RECOMMEND = /https?:\/\/[^\s"'<>\\]{1,300}troubleshoot\?[^\s"'<>\\]{1,300}/;

/**
 * Error signals in free text, one piece per line: codes, documented messages, ids, statuses, links. Lines
 * an earlier reader took (a body, a block of fields) are not read again.
 */
export const textReader: Reader = {
  id: 'text',
  read({ text, lineStarts, taken, matcher }) {
    const pieces: Piece[] = [];
    for (let i = 0; i < lineStarts.length; i++) {
      const start = lineStarts[i]!;
      const end = (lineStarts[i + 1] ?? text.length + 1) - 1;
      if (end === start || taken(start, end)) continue;
      const line = readableLine(text, lineStarts, i);
      const fields = line === undefined ? undefined : lineFields(line, matcher);
      if (fields) pieces.push({ start, end, format: 'text', fields });
    }
    return { pieces, takes: pieces.map((piece) => [piece.start, piece.end] as const) };
  },
};

function lineFields(line: string, matcher: Matcher) {
  const fields = emptyFields();
  const tea = TEA_MESSAGE.exec(line);
  if (tea) {
    setField(fields, 'HttpStatus', tea[1]);
    setField(fields, 'Message', tea[2]);
    setField(fields, 'RequestId', tea[3]);
  }
  const exception = EXCEPTION_CODE.exec(line);
  const labelled = labelledCode(line);
  const code =
    exception?.[1] ?? (labelled && withoutErrorSuffix(labelled, matcher)) ?? knownCodeIn(line, matcher);
  if (code) setField(fields, 'Code', code);
  if (exception && !fields.message) setField(fields, 'Message', exception[2]);
  if (!fields.message) {
    const message =
      matcher.messageIn(line)?.text ?? (fields.code ? LABELLED_MESSAGE.exec(line)?.[1] : undefined);
    if (message) setField(fields, 'Message', message);
  }
  setField(fields, 'RequestId', REQUEST_ID.exec(line)?.[1]);
  setField(fields, 'HostId', HOST_ID.exec(line)?.[1]);
  setField(fields, 'Recommend', RECOMMEND.exec(line)?.[0]);
  setField(fields, 'HttpStatus', statusIn(line));
  const said = fields.code || fields.message || fields.recommend || fields.requestId || fields.httpStatus;
  return said ? fields : undefined;
}

function labelledCode(line: string): string | undefined {
  LABELLED_CODE.lastIndex = 0;
  for (let found = LABELLED_CODE.exec(line); found; found = LABELLED_CODE.exec(line))
    if (found[1] !== 'Error' || GLUED.test(found[0]) || CODE_SHAPED.test(found[2]!)) return found[2];
  return undefined;
}

// A catalog code or alias anywhere on the line, else a dotted word of a known family (Rejected.Foo).
// URLs are left out: a Recommend link's q= is its own, weaker signal, and signed URLs are noise.
function knownCodeIn(line: string, matcher: Matcher): string | undefined {
  let family: string | undefined;
  for (const [token] of line.replace(URL, ' ').matchAll(CODE_TOKEN)) {
    const code = withoutErrorSuffix(token, matcher);
    const resolved = matcher.resolve(code);
    if (resolved && resolved.via !== 'case') return code;
    if (!family && code.includes('.') && familyOf(code) !== 'none') family = code;
  }
  return family ?? SDK_CODE.exec(line)?.[0];
}

// @alicloud/pop-core names its errors after the code plus "Error": "InvalidAccessKeyId.NotFoundError".
function withoutErrorSuffix(token: string, matcher: Matcher): string {
  const bare = token.endsWith('Error') ? token.slice(0, -'Error'.length) : token;
  return bare !== token && matcher.resolve(bare) ? bare : token;
}
