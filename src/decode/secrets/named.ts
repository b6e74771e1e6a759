// Values named like a secret, in every way people write a name and its value: key=value, key: value,
// "key": "value", key = "value", --flag value, export/setx/set -x/ENV, <Key>value</Key>, 'key' => 'value',
// setKey("value"), tea.String("value"), | key | value |, key<TAB>value, "Key [****]: value" prompts,
// full-width colons, URL-encoded JSON, Kubernetes "name: KEY" / "value: …" pairs and YAML block scalars.
import { classifyName, SECRET_WORDS, SHORT_SECRET_NAMES, type SecretKind } from './words.ts';

export interface NamedValue {
  readonly start: number;
  readonly end: number;
  readonly kind: SecretKind;
  readonly written: string;
}

// Every secret word, its parts joined by nothing or one separator; the short names only as whole words.
const STEM = new RegExp(
  [
    ...[...SECRET_WORDS]
      .sort((a, b) => b.join('').length - a.join('').length)
      .map((parts) => parts.join('[ _.-]?')),
    ...SHORT_SECRET_NAMES.map((name) => `(?<![A-Za-z0-9])${name}(?![A-Za-z0-9])`),
  ].join('|'),
  'gi',
);
const NAME_CHAR = /[A-Za-z0-9_.-]/;
const MAX_NAME = 80;
// A quoted value may be long (a token, a PEM in JSON); other values end sooner.
const MAX_VALUE = 64 * 1024;

/** Every value in the text named like a secret. */
export function namedValues(text: string): NamedValue[] {
  const found: NamedValue[] = [];
  let resumeAt = 0;
  STEM.lastIndex = 0;
  for (let stem = STEM.exec(text); stem; stem = STEM.exec(text)) {
    if (stem.index < resumeAt) continue;
    const name = nameAround(text, stem.index, stem.index + stem[0].length);
    if (!name) continue;
    const kind = classifyName(text.slice(name.start, name.end));
    if (!kind) continue;
    const value = valueAfter(text, name, kind) ?? valueOfPair(text, name);
    if (!value) continue;
    const written = text.slice(value.start, value.end);
    if (CODE_SHAPED.test(written) || SOURCE_LOCATION.test(written)) continue;
    // An Authorization header of Alibaba Cloud's own schemes carries a request signature, not a token.
    const refined = kind === 'credential' && /^(?:acs|ACS3-)/.test(written) ? 'signature' : kind;
    found.push({ ...value, kind: refined, written });
    resumeAt = value.end;
  }
  return found;
}

// An error code is never a secret value ("get secret: Forbidden.ResourceNotFound: …"), nor is a place in
// source code (a stack frame's "(SecretCacheClient.java:132)").
const CODE_SHAPED = /^[A-Z][A-Za-z]+(?:\.[A-Z][A-Za-z0-9]*)+:?$/;
const SOURCE_LOCATION =
  /^[\w$./-]*\.(?:java|kt|scala|go|py|js|mjs|cjs|ts|rb|php|cs|rs|c|cc|cpp|swift|tf):\d+/;

interface Name {
  start: number;
  end: number;
  /** Written as a command-line flag (--access-key-secret), so a space may separate its value. */
  flag: boolean;
  /** Opened as an XML element (<SecurityToken>), so its value runs to the next "<". */
  element: boolean;
  /** In quotes ("password"), so a comma may separate its value: getenv("SECRET", "default"). */
  quoted: boolean;
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
  const before = text[start - 1];
  return {
    start,
    end,
    flag,
    element: before === '<',
    quoted: before === '"' || before === "'" || text.startsWith('%22', start - 3),
  };
}

// After the name: an optional closing quote (escaped, URL-encoded or markdown bold), an optional prompt's
// default in brackets, then the separator.
const SEPARATOR =
  /^(?:\\{0,8}["'`]|%22|\*\*)?\]?(?:[ \t]{0,4}\[[^\]\n]{0,64}\])?[ \t]{0,8}(=>|:=|=|:|：|%(?:25)?3[DdAa]|\(|>|\||\t|,)?[ \t]{0,8}/;
// Where a space alone separates a name from its value: after a flag, and after these commands.
const SPACED_AFTER = /(?:\bENV|\bsetx|\bset[ \t]+-[a-zA-Z]{1,3})[ \t]+$/;

function valueAfter(text: string, name: Name, kind: SecretKind): { start: number; end: number } | undefined {
  const separator = SEPARATOR.exec(text.slice(name.end, name.end + 120));
  if (!separator) return undefined;
  const sign = separator[1];
  if (sign === '>' && !name.element) return undefined;
  // getenv("SECRET", "default"), {"password", "…"}: a quoted name opening an argument list or a pair.
  if (
    sign === ',' &&
    !(name.quoted && /[([{,][ \t]{0,4}$/.test(text.slice(Math.max(0, name.start - 8), name.start - 1)))
  )
    return undefined;
  if (sign === undefined) {
    const lineStart = text.lastIndexOf('\n', name.start - 1) + 1;
    const spaced =
      separator[0].length > 0 &&
      (name.flag ||
        SPACED_AFTER.test(text.slice(Math.max(lineStart, name.start - 16), name.start)) ||
        // "aliyun.access-key-secret value" in a properties file: a dotted or underscored name opening its line.
        (text.slice(lineStart, name.start).trim() === '' && /[._-]/.test(text.slice(name.start, name.end))));
    if (!spaced) return undefined;
  }
  const start = name.end + separator[0].length;
  if (sign === '>')
    return span(
      start,
      endAt(text, start, (c) => c === '<' || c === '\n'),
    );
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
  if (text.startsWith('%22', at)) {
    const close = text.indexOf('%22', at + 3);
    return span(at + 3, close === -1 ? endAt(text, at + 3, isSpace) : close);
  }
  let slashes = 0;
  while (text[at + slashes] === '\\' && slashes < 8) slashes++;
  const quote = text[at + slashes];
  if (quote === '"' || quote === "'" || quote === '`') return quoted(text, at + slashes + 1, quote, slashes);
  if (slashes > 0) return undefined;
  const first = text[at];
  if (first === undefined || first === '\n' || first === '{' || first === '[') return undefined;
  if (/^(?:null|None|nil|true|false|undefined)\b/.test(text.slice(at, at + 10))) return undefined;
  if (/^[|>][-+]?[ \t]*(?:\n|$)/.test(text.slice(at, at + 8))) return blockScalar(text, at);
  if (encoded) return span(at, endOfEncoded(text, at));
  // An Authorization header, a cookie or a password may hold spaces: up to the line's next field.
  if (kind === 'password' || (kind === 'credential' && /^[A-Za-z]/.test(first)))
    return span(at, untilNextField(text, at));
  // Commas and semicolons may be part of a secret; a closing bracket ends a call or an object.
  return span(
    at,
    endAt(text, at, (c) => /[\s"'<>&)}\]\\|]/.test(c)),
  );
}

// A YAML block scalar ("password: |" then indented lines): the lines indented deeper than the name's.
function blockScalar(text: string, at: number) {
  const lineStart = text.lastIndexOf('\n', at) + 1;
  const indent = /^[ \t]*/.exec(text.slice(lineStart, at))![0].length;
  let end = text.indexOf('\n', at);
  if (end === -1) return undefined;
  const start = end + 1;
  for (let next = start; next < text.length && next - start < MAX_VALUE;) {
    const lineEnd = text.indexOf('\n', next) === -1 ? text.length : text.indexOf('\n', next);
    const line = text.slice(next, lineEnd);
    if (line.trim() !== '' && /^[ \t]*/.exec(line)![0].length <= indent) break;
    end = lineEnd;
    next = lineEnd + 1;
  }
  return span(start, end);
}

// Kubernetes and friends name the secret as a value and give it on the next line: "- name: KEY" /
// "value: …", {"name": "password", "value": "…"}, <entry key="password">…</entry>.
const PAIR_NAME = /\b(?:name|key)["']?[ \t]{0,4}[:=][ \t]{0,4}["']?$/i;
const PAIR_VALUE = /\bvalue["']?[ \t]{0,4}[:=][ \t]{0,4}/i;

function valueOfPair(text: string, name: Name) {
  const lineStart = text.lastIndexOf('\n', name.start - 1) + 1;
  if (!PAIR_NAME.test(text.slice(Math.max(lineStart, name.start - 24), name.start))) return undefined;
  const ahead = text.slice(name.end, name.end + 200);
  const found = PAIR_VALUE.exec(ahead);
  if (!found) return undefined;
  return valueAt(text, name.end + found.index + found[0].length, 'secret-value', false);
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

// The rest of the line, but not the next "name=" or "name:" field on it: "password=a b code=X" keeps "code=X".
function untilNextField(text: string, from: number): number {
  const lineEnd = endAt(text, from, (c) => c === '\n' || c === '"' || c === "'");
  const field = /\s[A-Za-z_][\w.-]{0,40}[ \t]?[=:][^=\s]/.exec(text.slice(from, lineEnd));
  let end = field ? from + field.index : lineEnd;
  while (end > from && isSpace(text[end - 1]!)) end--;
  return end;
}

function endAt(text: string, from: number, stop: (char: string) => boolean): number {
  const limit = Math.min(text.length, from + MAX_VALUE);
  let at = from;
  while (at < limit && !stop(text[at]!)) at++;
  return at;
}

function isSpace(char: string): boolean {
  return /\s/.test(char);
}

function span(start: number, end: number) {
  return end > start ? { start, end } : undefined;
}
