// A share link carries the pasted text in the URL's fragment, which browsers never send to a server.
// Secrets are masked by default; the person can choose to share the code alone.

// AccessKey IDs (long-term "LTAI…", STS "STS.…"), request signatures and tokens, and account ids (in
// ARNs and as 16-digit account numbers). Bounded quantifiers: no input makes these backtrack.
const SECRETS: readonly [RegExp, string][] = [
  [/\b(LTAI[A-Za-z0-9]{8,40})\b/g, 'LTAI***'],
  [/\bSTS\.[A-Za-z0-9]{8,200}\b/g, 'STS.***'],
  [/([?&](?:Signature|SignatureNonce|SecurityToken|AccessKeyId)=)[^&\s"'<>]{1,2000}/g, '$1***'],
  [
    /("?(?:Signature|SecurityToken|AccessKeySecret|AccessKeyId)"?\s{0,4}[:=]\s{0,4}"?)[^"\s,&}]{1,2000}/gi,
    '$1***',
  ],
  [/(acs:[a-z-]{1,32}:[a-z0-9-]{0,32}:)\d{10,20}(?=:)/g, '$1***'],
  [/\b\d{16}\b/g, '****************'],
];
/** The longest text a share link carries. */
export const MAX_SHARED = 16 * 1024;
const FRAGMENT = /^#paste=([A-Za-z0-9_-]{1,40000})$/;

/** Replaces AccessKey IDs, signatures, tokens and account ids with *** so the rest can be shared. */
export function maskSecrets(text: string): string {
  return SECRETS.reduce((masked, [pattern, replacement]) => masked.replace(pattern, replacement), text);
}

/** The fragment for a share link: the (masked) text, or undefined when it is too long to share. */
export function shareFragment(text: string): string | undefined {
  if (text.length > MAX_SHARED) return undefined;
  const bytes = new TextEncoder().encode(text);
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return `#paste=${btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '')}`;
}

/** The text a share link's fragment carries; undefined for any other fragment or a damaged one. */
export function readShareFragment(hash: string): string | undefined {
  const found = FRAGMENT.exec(hash);
  if (!found) return undefined;
  try {
    const binary = atob(found[1]!.replace(/-/g, '+').replace(/_/g, '/'));
    const bytes = Uint8Array.from(binary, (char) => char.charCodeAt(0));
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return undefined;
  }
}
