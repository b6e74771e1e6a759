import type { Extracted } from '../types.ts';

type Known = Exclude<keyof Extracted, 'other'>;

// Field names across KMS bodies, the KMS instance API, SDK printouts and logs, squashed to
// lowercase letters and digits. A Map: a pasted field named "constructor" must find nothing.
const FIELD_NAMES = new Map<string, Known>(
  Object.entries({
    code: 'code',
    errorcode: 'code',
    errcode: 'code',
    message: 'message',
    errormessage: 'message',
    errmsg: 'message',
    msg: 'message',
    requestid: 'requestId',
    xacsrequestid: 'requestId',
    hostid: 'hostId',
    recommend: 'recommend',
    httpstatus: 'httpStatus',
    statuscode: 'httpStatus',
    httpstatuscode: 'httpStatus',
    httpcode: 'httpStatus',
    status: 'httpStatus',
  } satisfies Record<string, Known>),
);
// The same fields as Chinese logs and SDK printouts label them (错误码：…, 请求ID：…), compared as written
// less any blanks.
const CHINESE_NAMES = new Map<string, Known>([
  ['错误码', 'code'],
  ['错误代码', 'code'],
  ['错误信息', 'message'],
  ['错误消息', 'message'],
  ['错误描述', 'message'],
  ['请求ID', 'requestId'],
  ['请求id', 'requestId'],
  ['请求编号', 'requestId'],
  ['状态码', 'httpStatus'],
  ['HTTP状态码', 'httpStatus'],
  ['返回状态码', 'httpStatus'],
]);
const MAX_OTHER_FIELDS = 20;
const CODE_WORD = /^[^\s,;()]+/;
const MAX_VALUE = 2000;
const MAX_SEEN_NAMES = 1000;
const seenNames = new Map<string, Known | undefined>();

/** The known field a name means, if any: "ErrorCode", "error_code" and "Code" all mean `code`. */
export function knownField(name: string): Known | undefined {
  // A log repeats the same few names thousands of times; remember them (a bounded number).
  if (seenNames.has(name)) return seenNames.get(name);
  const known =
    CHINESE_NAMES.get(name.replace(/\s+/g, '')) ??
    FIELD_NAMES.get(name.replace(/[^A-Za-z0-9]/g, '').toLowerCase());
  if (seenNames.size < MAX_SEEN_NAMES) seenNames.set(name, known);
  return known;
}

/** Starts an empty set of extracted fields. */
export function emptyFields(): Extracted {
  return { other: Object.create(null) as Record<string, string> };
}

/** Records one name/value pair; returns true when the name is a known error field. */
export function setField(fields: Extracted, name: string, raw: unknown): boolean {
  const value = String(raw ?? '')
    .trim()
    .slice(0, MAX_VALUE);
  const known = knownField(name);
  if (!known) {
    if (Object.keys(fields.other).length < MAX_OTHER_FIELDS && name.length <= 64) fields.other[name] = value;
    return false;
  }
  if (value === '' || value === 'null' || value === 'None' || value === 'undefined') return true;
  if (known === 'httpStatus') {
    const status = Number(/^\d{3}\b/.exec(value)?.[0]);
    if (status >= 100 && status <= 599) fields.httpStatus ??= status;
    return true;
  }
  if (known === 'code' && /^\d{3},/.test(value)) {
    // Java Tea prints only its message: "code: 404, <message> request id: <id>".
    return (setMessage(fields, `code: ${value}`), true);
  }
  if (known === 'code' && /^\d{3}$/.test(value)) {
    // Tea SDKs and some logs put the HTTP status in a field called "code".
    fields.httpStatus ??= Number(value);
    return true;
  }
  if (known === 'message') return (setMessage(fields, value), true);
  // A code is one word: what follows it on a line ("Rejected.Disabled blob=…", "X (404)") is not the code.
  fields[known] ??= known === 'code' ? (CODE_WORD.exec(value)?.[0] ?? value) : value;
  return true;
}

/** True when the fields are worth reporting: an error, or at least an HTTP error status. */
export function isFinding(fields: Extracted): boolean {
  return isError(fields) || (fields.httpStatus !== undefined && fields.httpStatus >= 400);
}

/** True when the fields say anything about an error (a code, message or Recommend link). */
export function isError(fields: Extracted): boolean {
  return Boolean(fields.code || fields.message || fields.recommend);
}

// Tea/Darabonba SDKs wrap the server's message: "code: 404, The specified Key is not found. request id: X".
// The wrapper's parts are fields of their own; the server's message is what the catalog documents.
const TEA_PREFIX = /^code:\s*(\d{3}),\s*/;
const REQUEST_SUFFIX = /,?\s*request ?id:\s*([\w-]{8,64})\s*(?:Response:[\s\S]*)?$/i;

function setMessage(fields: Extracted, value: string) {
  let message = value;
  const prefix = TEA_PREFIX.exec(message);
  if (prefix) {
    fields.httpStatus ??= Number(prefix[1]);
    message = message.slice(prefix[0].length);
  }
  const suffix = REQUEST_SUFFIX.exec(message);
  if (suffix) {
    fields.requestId ??= suffix[1];
    message = message.slice(0, suffix.index);
  }
  fields.message ??= message.trim();
}
