// Finds and masks credentials in pasted text, so what leaves the page (a share link, a ticket note, a
// CSV) never carries one, and the page can say what the paste exposed. Two ways of knowing: a value named
// like a secret (named.ts) and a value shaped like one wherever it stands (shapes.ts). When in doubt it
// masks: a masked word costs a re-read, a leaked secret a rotation.
import type { Extracted } from '../types.ts';
import { namedValues } from './named.ts';
import { shapedValues } from './shapes.ts';
import { classifyName, SECRET_WORDS, SHORT_SECRET_NAMES, type SecretKind } from './words.ts';

export type { SecretKind } from './words.ts';

/** A stretch of the text to hide; the first `keep` characters stay (the "LTAI" of an AccessKey ID). */
export interface SecretSpan {
  readonly start: number;
  readonly end: number;
  readonly kind: SecretKind;
  readonly keep: number;
  /** False for a placeholder or reference ($VAR, os.environ[…]): masked, but not worth a warning. */
  readonly real: boolean;
}

export const MASK = '***';

// Nothing can be found in a text that holds none of these; most fields of most errors hold none, and plain
// substring tests are far cheaper than the patterns. Names are compared without separators.
const NAME_HINTS = [...SECRET_WORDS.map((parts) => parts.join('')), ...SHORT_SECRET_NAMES];
const SHAPE_HINTS = ['ltai', 'sts.', 'cais', 'acs', 'eyj', 'begin', '-u', '-k'];

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
  const named = namedValues(text).map(({ start, end, kind, written }) => ({
    start,
    end,
    kind,
    keep: 0,
    real: !isReference(written),
  }));
  const shaped = shapedValues(text).map((value) => ({ ...value, real: true }));
  return merge([...named, ...shaped]);
}

// A log repeats the same few messages, codes and hosts thousands of times: short texts are masked once.
const MAX_REMEMBERED = 2000;
const MAX_REMEMBERED_LENGTH = 512;
const remembered = new Map<string, string>();

/** The text with every secret replaced by *** (keeping the "LTAI"/"STS." prefix of AccessKey IDs). */
export function maskSecrets(text: string): string {
  if (text.length > MAX_REMEMBERED_LENGTH) return withSpansMasked(text);
  const known = remembered.get(text);
  if (known !== undefined) return known;
  const result = withSpansMasked(text);
  if (remembered.size < MAX_REMEMBERED) remembered.set(text, result);
  return result;
}

function withSpansMasked(text: string): string {
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
  if (classifyName(name) && value.trim() !== '') return MASK;
  return maskSecrets(value);
}

const TEXT_FIELDS = ['code', 'message', 'requestId', 'hostId', 'recommend'] as const;

/** The fields with every secret masked; a field named like a secret is hidden whole. */
export function maskExtracted(fields: Extracted): Extracted {
  let masked: Extracted | undefined;
  // A prototype-free copy: a pasted field may be named "__proto__".
  const copy = () => (masked ??= { ...fields, other: withoutPrototype(fields.other) });
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

function withoutPrototype(record: Record<string, string>): Record<string, string> {
  return Object.assign(Object.create(null) as Record<string, string>, record);
}

/** The kinds of real credential the text holds (placeholders and references aside), most serious first. */
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

// Placeholders ("$SECRET", "%SECRET%", "<your-secret>", "***", "xxxx") and references to where the secret
// really is (os.environ[…], os.getenv(…), process.env.…, System.getenv(…), ${{ secrets.X }}, var.x).
const PLACEHOLDER =
  /^(?:\$\{?[A-Za-z_][A-Za-z0-9_]*\}?|%[A-Za-z_][A-Za-z0-9_]*%|<[^<>]{1,60}>|\*+|x{3,}|X{3,}|\.{3}|…|your[\w-]*)$/;
const REFERENCE =
  /^(?:[\w.]{1,40}\()?(?:[\w.]*(?:getenv|environ|process\.env|GetEnvironmentVariable)|ENV\[|\$\{\{|\{\{|\$\(|var\.|local\.|env\()/i;
// An environment variable's name (os.getenv('ALIBABA_CLOUD_ACCESS_KEY_SECRET') reads to it).
const VARIABLE_NAME = /^[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+$/;

function isReference(value: string): boolean {
  const trimmed = value.trim();
  return PLACEHOLDER.test(trimmed) || REFERENCE.test(trimmed) || VARIABLE_NAME.test(trimmed);
}

// Overlapping spans become one, of the more serious kind; the earlier span's kept prefix stays.
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
