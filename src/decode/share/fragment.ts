// The URL fragment of a share link, read and written. Kept apart from share.ts (which decides what may be
// shared, masked) so a page opened from a link reads it without loading the masking.

/** What a share link carries: a masked paste, or the summary of a log too long to carry. */
export type Shared = { readonly kind: 'paste' | 'summary'; readonly text: string };

const FRAGMENT = /^#(paste|summary)=([A-Za-z0-9_-]{1,40000})$/;

/** The fragment that carries this text, as unpadded base64url of its UTF-8 bytes. */
export function encodeFragment(shared: Shared): string {
  const bytes = new TextEncoder().encode(shared.text);
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return `#${shared.kind}=${btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '')}`;
}

/** What a share link's fragment carries; undefined for any other fragment or a damaged one. */
export function readShareFragment(hash: string): Shared | undefined {
  const found = FRAGMENT.exec(hash);
  if (!found) return undefined;
  try {
    const binary = atob(found[2]!.replace(/-/g, '+').replace(/_/g, '/'));
    const bytes = Uint8Array.from(binary, (char) => char.charCodeAt(0));
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return { kind: found[1] === 'summary' ? 'summary' : 'paste', text };
  } catch {
    return undefined;
  }
}
