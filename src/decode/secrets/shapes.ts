// Credentials recognised by their shape wherever they stand, named or not: AccessKey IDs, STS tokens,
// request signatures, bearer tokens and JWTs, URL and curl credentials, account IDs, PEM private keys,
// and anything shaped like an AccessKey secret. Every quantifier is bounded: no input makes these
// backtrack, and the PEM search is one pass however many keys a paste holds.
import type { SecretKind } from './words.ts';

export interface ShapedValue {
  readonly start: number;
  readonly end: number;
  readonly kind: SecretKind;
  /** How many leading characters stay readable (the "LTAI" of an AccessKey ID). */
  readonly keep: number;
}

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
  // user:password@ in a URL, the user possibly empty (redis://:password@host), the password possibly
  // holding an @ (the authority runs to its last @).
  {
    pattern:
      /\b[a-z][a-z0-9+.-]{1,20}:\/\/([^\s/:@"'<>]{0,256}:[^\s/"'<>]{1,256})@(?=[^\s@/"'<>]*(?:[/\s"'<>]|$))/gi,
    kind: 'password',
    keep: 0,
    group: 1,
  },
  // curl -u user:password, --user user:password, ossutil -k <secret>.
  {
    pattern: /(?:^|[ \t])(?:-u|--user|-k)[ \t]{1,4}['"]?([^\s'"]{1,512})/gm,
    kind: 'password',
    keep: 0,
    group: 1,
  },
  // The argument after an AccessKey ID in a call: new AcsClient("LTAI…", "<secret>", …).
  {
    pattern:
      /(?:LTAI[A-Za-z0-9]{8,40}|STS\.[A-Za-z0-9]{8,200})["'][ \t]{0,4},[ \t\n]{0,8}["']([^"'\n]{1,256})["']/g,
    kind: 'accesskey-secret',
    keep: 0,
    group: 1,
  },
  // Account IDs: in an ARN, and any 16-digit number (the length of an Alibaba Cloud account ID).
  { pattern: /\bacs:[a-z-]{1,32}:[a-z0-9-]{0,32}:(\d{10,20})(?=:)/g, kind: 'account-id', keep: 0, group: 1 },
  { pattern: /\b\d{16}\b/g, kind: 'account-id', keep: 0 },
];
// An AccessKey secret is 30 letters and digits, an STS one about 40: a run of 30 to 64 of them, with
// digits and both cases, standing alone or URL-encoded (%22…%22); a run inside base64 (a ciphertext) is left.
const SECRET_LIKE =
  /(?<![A-Za-z0-9+/=_-])[A-Za-z0-9]{30,64}(?![A-Za-z0-9+/=_-])|(?<=%22)[A-Za-z0-9]{30,64}(?=%22)/g;
const PEM_BEGIN = /-----BEGIN [A-Z0-9 ]{0,40}PRIVATE KEY(?: BLOCK)?-----/g;
const PEM_END = '-----END ';
const MAX_PEM = 64 * 1024;

/** Every value the text holds that has a credential's shape. */
export function shapedValues(text: string): ShapedValue[] {
  const found: ShapedValue[] = [];
  for (const { pattern, kind, keep, group } of SHAPES) {
    pattern.lastIndex = 0;
    for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
      const part = group === undefined ? match[0] : match[group]!;
      const start = match.index + (group === undefined ? 0 : match[0].lastIndexOf(part));
      found.push({ start, end: start + part.length, kind, keep });
    }
  }
  SECRET_LIKE.lastIndex = 0;
  for (let match = SECRET_LIKE.exec(text); match; match = SECRET_LIKE.exec(text)) {
    const token = match[0];
    if (/[a-z]/.test(token) && /[A-Z]/.test(token) && /[0-9]/.test(token) && !token.startsWith('LTAI'))
      found.push({
        start: match.index,
        end: match.index + token.length,
        kind: 'accesskey-secret-like',
        keep: 0,
      });
  }
  return [...found, ...privateKeys(text)];
}

// A PEM private key, its body hidden to its END line; a key cut off before its END, to the window's end.
// The END lines are found once, so many BEGIN lines cost one pass, not one pass each.
function privateKeys(text: string): ShapedValue[] {
  const keys: ShapedValue[] = [];
  let end = -1;
  let noEndAfter = Infinity;
  let coveredTo = -1;
  PEM_BEGIN.lastIndex = 0;
  for (let begin = PEM_BEGIN.exec(text); begin; begin = PEM_BEGIN.exec(text)) {
    const start = begin.index + begin[0].length;
    if (start < coveredTo) continue;
    if (end !== -1 && end < start) end = -1;
    if (end === -1 && start < noEndAfter) {
      end = text.indexOf(PEM_END, start);
      if (end === -1) noEndAfter = start;
    }
    const limit = Math.min(text.length, start + MAX_PEM);
    const stop = end === -1 || end > limit ? limit : end;
    keys.push({ start, end: stop, kind: 'private-key', keep: 0 });
    coveredTo = stop;
  }
  return keys;
}
