// Finds and masks credentials in pasted text, so what leaves the page (a share link, a ticket note, a
// CSV) never carries one, and the page can say what the paste exposed. Two ways of knowing: a value named
// like a secret (AccessKeySecret=…, "password": "…", --access-key-secret …, <SecurityToken>…</…>), and
// a value shaped like one wherever it stands (LTAI… IDs, CAIS… tokens, PEM private keys). When in doubt
// it masks: a masked word costs a re-read, a leaked secret a rotation.
import { classifyName, type SecretKind } from './secretNames.ts';
import type { Extracted } from './types.ts';

export type { SecretKind } from './secretNames.ts';

/** A stretch of the text to hide; the first `keep` characters stay (the "LTAI" of an AccessKey ID). */
export interface SecretSpan {
  readonly start: number;
  readonly end: number;
  readonly kind: SecretKind;
  readonly keep: number;
  /** False for a placeholder or reference ($VAR, <your-secret>): masked, but not worth a warning. */
  readonly real: boolean;
}

export const MASK = '***';

// A name that may hold a secret: a stem, with the identifier it sits in found around it afterwards.
const STEM =
  /access[ _.-]?key[ _.-]?(?:secret|id)|secret[ _.-]?(?:access[ _.-]?)?key|security[ _.-]?token|private[ _.-]?key|secret|passw|passphrase|pwd|token|signature|plaintext|key[ _.-]?material|data[ _.-]?key|credential|authorization|cookie|api[ _.-]?key|access[ _.-]?key|bearer|ak[ _-]?id/gi;
const NAME_CHAR = /[A-Za-z0-9_.-]/;
const MAX_NAME = 80;
// Values: a quoted one may be long (a token, a PEM in JSON); anything else ends at the line's end.
const MAX_VALUE = 64 * 1024;

// Values that stand out on their own, named or not. Every quantifier is bounded.
const SHAPES: readonly { pattern: RegExp; kind: SecretKind; keep: number; group?: number }[] = [
  { pattern: /\bLTAI[A-Za-z0-9]{8,40}\b/g, kind: 'accesskey-id', keep: 4 },
  { pattern: /\bSTS\.[A-Za-z0-9]{8,200}\b/g, kind: 'accesskey-id', keep: 4 },
  { pattern: /\bCAIS[A-Za-z0-9+/=_-]{20,8000}/g, kind: 'security-token', keep: 0 },
  // The legacy Authorization header: "acs <AccessKeyId>:<signature>".
  {
    pattern: /\bacs[ \t]{1,4}[A-Za-z0-9.]{4,128}:([A-Za-z0-9+/=]{8,256})/g,
    kind: 'signature',
    keep: 0,
    group: 1,
  },
  { pattern: /\bBearer[ \t]{1,4}([A-Za-z0-9._~+/=-]{8,4000})/g, kind: 'credential', keep: 0, group: 1 },
  {
    pattern: /\beyJ[A-Za-z0-9_-]{8,2000}\.[A-Za-z0-9_-]{8,4000}\.[A-Za-z0-9_-]{8,2000}/g,
    kind: 'credential',
    keep: 0,
  },
  // user:password@ in a URL.
  {
    pattern: /\b[a-z][a-z0-9+.-]{1,20}:\/\/([^\s/:@"'<>]{1,256}:[^\s/@"'<>]{1,256})@/gi,
    kind: 'password',
    keep: 0,
    group: 1,
  },
  // Account IDs: in an ARN, and any 16-digit number (the length of an Alibaba Cloud account ID).
  { pattern: /\bacs:[a-z-]{1,32}:[a-z0-9-]{0,32}:(\d{10,20})(?=:)/g, kind: 'account-id', keep: 0, group: 1 },
  { pattern: /\b\d{16}\b/g, kind: 'account-id', keep: 0 },
];
// An AccessKey secret is 30 letters and digits; one standing alone (a positional argument, a line of a
// .env file without its name) is caught by its shape. Neighbours of base64 are left: a ciphertext.
const SECRET_LIKE = /(?<![A-Za-z0-9+/=_-])[A-Za-z0-9]{30}(?![A-Za-z0-9+/=_-])/g;
const PEM_BEGIN = /-----BEGIN [A-Z0-9 ]{0,40}PRIVATE KEY(?: BLOCK)?-----/g;

// Nothing can be found in a text that holds none of these; most fields of most errors hold none, and
// plain substring tests are far cheaper than the patterns below.
// Names of secrets, written without separators ("access_key", "Access-Key" and "access.key" all hold
// "accesskey"), and the starts of shapes (LTAI…, STS.…, CAIS…, acs ID:sig, eyJ…, PEM).
const NAME_HINTS = [
  'secret',
  'passw',
  'passphrase',
  'pwd',
  'token',
  'signature',
  'private',
  'plaintext',
  'material',
  'datakey',
  'credential',
  'authorization',
  'cookie',
  'apikey',
  'accesskey',
  'bearer',
  'akid',
];
const SHAPE_HINTS = ['ltai', 'sts.', 'cais', 'acs', 'eyj', 'begin'];

function mayHoldSecret(text: string): boolean {
  const lower = text.toLowerCase();
  if (SHAPE_HINTS.some((hint) => lower.includes(hint)) || (lower.includes('://') && lower.includes('@')))
    return true;
  if (hasLongRun(text)) return true;
  const squashed = lower.replace(/[\s_.-]+/g, '');
  return NAME_HINTS.some((hint) => squashed.includes(hint));
}

// A run of 10 digits (an account ID) or of 30 letters and digits (an AccessKey secret), in one pass.
function hasLongRun(text: string): boolean {
  let digits = 0;
  let alphanumerics = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const digit = c >= 48 && c <= 57;
    const letter = (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
    digits = digit ? digits + 1 : 0;
    alphanumerics = digit || letter ? alphanumerics + 1 : 0;
    if (digits >= 10 || alphanumerics >= 30) return true;
  }
  return false;
}

/** Every stretch of the text that holds a credential or an identifier worth hiding, merged, in order. */
export function findSecrets(text: string): SecretSpan[] {
  if (!mayHoldSecret(text)) return [];
  const spans = [...namedValues(text), ...shapedValues(text), ...privateKeys(text)];
  return merge(spans);
}

/** The text with every secret replaced by *** (keeping the "LTAI"/"STS." prefix of AccessKey IDs). */
export function maskSecrets(text: string): string {
  const spans = findSecrets(text);
  if (spans.length === 0) return text;
  let masked = '';
  let at = 0;
  for (const span of spans) {
    masked += text.slice(at, span.start + span.keep) + MASK;
    at = span.end;
  }
  return masked + text.slice(at);
}

/** A field's value masked with its name in mind: a value named like a secret is hidden whole. */
export function maskField(name: string, value: string): string {
  const named = classifyName(name);
  if (named && value.trim() !== '') return MASK;
  return maskSecrets(value);
}

const TEXT_FIELDS = ['code', 'message', 'requestId', 'hostId', 'recommend'] as const;

/** The fields with every secret masked; a field named like a secret is hidden whole. */
export function maskExtracted(fields: Extracted): Extracted {
  let masked: Extracted | undefined;
  const copy = () => (masked ??= { ...fields, other: { ...fields.other } });
  for (const field of TEXT_FIELDS) {
    const value = fields[field];
    if (value === undefined) continue;
    const hidden = maskSecrets(value);
    if (hidden !== value) copy()[field] = hidden;
  }
  for (const [name, value] of Object.entries(fields.other)) {
    const hidden = maskField(name, value);
    if (hidden !== value) copy().other[name] = hidden;
  }
  return masked ?? fields;
}

/** The kinds of real credential the text holds (placeholders aside), most serious first. */
export function secretKindsIn(text: string): SecretKind[] {
  const kinds = new Set(findSecrets(text).flatMap((span) => (span.real ? [span.kind] : [])));
  return SEVERITY.filter((kind) => kinds.has(kind));
}

const SEVERITY: readonly SecretKind[] = [
  'accesskey-secret',
  'private-key',
  'key-material',
  'security-token',
  'secret-value',
  'password',
  'credential',
  'accesskey-secret-like',
  'signature',
  'accesskey-id',
  'account-id',
];

function namedValues(text: string): SecretSpan[] {
  const spans: SecretSpan[] = [];
  let resumeAt = 0;
  for (const stem of text.matchAll(STEM)) {
    if (stem.index < resumeAt) continue;
    const name = nameAround(text, stem.index, stem.index + stem[0].length);
    if (!name) continue;
    const named = classifyName(text.slice(name.start, name.end));
    if (!named) continue;
    const value = valueAfter(text, name, named);
    if (!value) continue;
    const written = text.slice(value.start, value.end);
    // An Authorization header of Alibaba Cloud's own schemes carries a request signature, not a token.
    const kind = named === 'credential' && /^(?:acs|ACS3-)/.test(written) ? 'signature' : named;
    spans.push({ ...value, kind, keep: 0, real: !isPlaceholder(written) });
    resumeAt = value.end;
  }
  return spans;
}

interface Name {
  start: number;
  end: number;
  /** Written as a command-line flag (--access-key-secret), so a space may separate its value. */
  flag: boolean;
  /** Opened as an XML element (<SecurityToken>), so its value runs to the next "<". */
  element: boolean;
}

// The identifier a stem sits in: "ALIBABA_CLOUD_ACCESS_KEY_SECRET", "aliyun.access-key-secret".
function nameAround(text: string, stemStart: number, stemEnd: number): Name | undefined {
  let start = stemStart;
  while (start > 0 && stemStart - start < MAX_NAME && NAME_CHAR.test(text[start - 1]!)) start--;
  let end = stemEnd;
  while (end < text.length && end - stemEnd < MAX_NAME && NAME_CHAR.test(text[end]!)) end++;
  let flag = false;
  while (text[start] === '-' && start < end) {
    start++;
    flag = true;
  }
  // A closing tag names the element the value has already been read from.
  if (text[start - 1] === '/' && text[start - 2] === '<') return undefined;
  return { start, end, flag, element: text[start - 1] === '<' };
}

// Name, then an optional closing quote (escaped or not), then the separator: = : := => ( %3D,
// ">" after an XML element's name, or a space after a flag or a Dockerfile's ENV.
const SEPARATOR = /^\\{0,8}["'`]?\]?[ \t]{0,8}(=>|:=|=|:|%(?:25)?3[Dd]|\(|>)?[ \t]{0,8}/;

function valueAfter(text: string, name: Name, kind: SecretKind): { start: number; end: number } | undefined {
  const after = text.slice(name.end, name.end + 40);
  const separator = SEPARATOR.exec(after);
  if (!separator) return undefined;
  const sign = separator[1];
  if (sign === '>' && !name.element) return undefined;
  if (sign === undefined) {
    const spaced =
      separator[0].length > 0 &&
      (name.flag || /\bENV[ \t]+$/.test(text.slice(Math.max(0, name.start - 10), name.start)));
    if (!spaced) return undefined;
  }
  const start = name.end + separator[0].length;
  if (sign === '>') return span(start, indexOrEnd(text, '<', start, '\n'));
  const encoded = sign !== undefined && sign.startsWith('%');
  return valueAt(text, start, kind, encoded);
}

function valueAt(text: string, from: number, kind: SecretKind, encoded: boolean) {
  let at = from;
  // A wrapper around a quoted value: tea.String("…"), String("…"), getenv("…").
  const wrapper = /^[A-Za-z_][\w.]{0,40}\([ \t]{0,4}(?=\\{0,8}["'`])/.exec(text.slice(at, at + 48));
  if (wrapper) at += wrapper[0].length;
  // u'…' and r'…' in Python, @"…" in C#.
  if (/[ubrfUBRF@]/.test(text[at] ?? '') && /["']/.test(text[at + 1] ?? '')) at++;
  let slashes = 0;
  while (text[at + slashes] === '\\' && slashes < 8) slashes++;
  const quote = text[at + slashes];
  if (quote === '"' || quote === "'" || quote === '`') return quoted(text, at + slashes + 1, quote, slashes);
  if (slashes > 0) return undefined;
  const first = text[at];
  if (first === undefined || first === '\n' || first === '{' || first === '[') return undefined;
  if (/^(?:null|None|nil|true|false|undefined)\b/.test(text.slice(at, at + 10))) return undefined;
  if (encoded) return span(at, endOfEncoded(text, at));
  // An Authorization header or a cookie holds spaces; a password may hold most punctuation.
  if (kind === 'credential' && /^[A-Za-z]/.test(first)) return span(at, endOf(text, at, /["'\n]/));
  // A password may hold spaces and punctuation: the rest of the line goes.
  if (kind === 'password') return span(at, trimEnd(text, at, endOf(text, at, /["'&\n]/)));
  return span(at, endOf(text, at, /[\s"'<>&,;)}\]\\]/));
}

// A quoted value ends at the same quote behind the same number of backslashes (a JSON body inside a
// string escapes its quotes once), or at the line's end when it never closes.
function quoted(text: string, from: number, quote: string, slashes: number) {
  const limit = Math.min(text.length, from + MAX_VALUE);
  for (let at = from; at < limit; at++) {
    const char = text[at];
    if (char === '\n') return span(from, at);
    if (char === '\\' && slashes === 0) {
      at++;
      continue;
    }
    if (char !== quote) continue;
    let before = 0;
    while (before < at - from && text[at - 1 - before] === '\\') before++;
    if (before === slashes) return span(from, at - slashes);
  }
  return span(from, limit);
}

function endOfEncoded(text: string, from: number): number {
  const limit = Math.min(text.length, from + MAX_VALUE);
  for (let at = from; at < limit; at++) {
    if (/[\s"'&]/.test(text[at]!)) return at;
    if (text.startsWith('%26', at) || text.startsWith('%2526', at)) return at;
  }
  return limit;
}

function endOf(text: string, from: number, stop: RegExp): number {
  const limit = Math.min(text.length, from + MAX_VALUE);
  let at = from;
  while (at < limit && !stop.test(text[at]!)) at++;
  return at;
}

function trimEnd(text: string, start: number, end: number): number {
  let at = end;
  while (at > start && /\s/.test(text[at - 1]!)) at--;
  return at;
}

function indexOrEnd(text: string, char: string, from: number, orChar: string): number {
  const limit = Math.min(text.length, from + MAX_VALUE);
  for (let at = from; at < limit; at++) if (text[at] === char || text[at] === orChar) return at;
  return limit;
}

function span(start: number, end: number) {
  return end > start ? { start, end } : undefined;
}

// "$ALIBABA_CLOUD_ACCESS_KEY_SECRET", "${SECRET}", "%SECRET%", "<your-secret>", "***", "xxxx".
const PLACEHOLDER =
  /^(?:\$\{?[A-Za-z_][A-Za-z0-9_]*\}?|%[A-Za-z_][A-Za-z0-9_]*%|<[^<>]{1,60}>|\*+|x{3,}|X{3,}|\.{3}|…|your[\w-]*)$/;

function isPlaceholder(value: string): boolean {
  return PLACEHOLDER.test(value.trim());
}

function shapedValues(text: string): SecretSpan[] {
  const spans: SecretSpan[] = [];
  for (const { pattern, kind, keep, group } of SHAPES) {
    for (const found of text.matchAll(pattern)) {
      const part = group === undefined ? found[0] : found[group]!;
      const start = found.index + (group === undefined ? 0 : found[0].lastIndexOf(part));
      spans.push({ start, end: start + part.length, kind, keep, real: true });
    }
  }
  for (const found of text.matchAll(SECRET_LIKE)) {
    const token = found[0];
    if (/[a-z]/.test(token) && /[A-Z]/.test(token) && /[0-9]/.test(token) && !token.startsWith('LTAI'))
      spans.push({
        start: found.index,
        end: found.index + 30,
        kind: 'accesskey-secret-like',
        keep: 0,
        real: true,
      });
  }
  return spans;
}

// A PEM private key, its body hidden to its END line; a key cut off before its END, to the window's end.
function privateKeys(text: string): SecretSpan[] {
  const spans: SecretSpan[] = [];
  for (const begin of text.matchAll(PEM_BEGIN)) {
    const start = begin.index + begin[0].length;
    const limit = Math.min(text.length, start + MAX_VALUE);
    const end = text.indexOf('-----END ', start);
    spans.push({
      start,
      end: end === -1 || end > limit ? limit : end,
      kind: 'private-key',
      keep: 0,
      real: true,
    });
  }
  return spans;
}

// Overlapping spans become one, of the more serious kind.
function merge(spans: SecretSpan[]): SecretSpan[] {
  const sorted = spans.filter((s) => s.end > s.start).sort((a, b) => a.start - b.start || b.end - a.end);
  const merged: SecretSpan[] = [];
  for (const next of sorted) {
    const last = merged.at(-1);
    if (!last || next.start >= last.end) {
      merged.push(next);
      continue;
    }
    const kind = SEVERITY.indexOf(next.kind) < SEVERITY.indexOf(last.kind) ? next.kind : last.kind;
    merged[merged.length - 1] = {
      ...last,
      end: Math.max(last.end, next.end),
      kind,
      real: last.real || next.real,
    };
  }
  return merged;
}
