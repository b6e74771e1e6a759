import { useState } from 'react';
import { MAX_SHARED, maskSecrets, shareFragment } from '../decode/share.ts';
import { CopyButton } from './CopyButton.tsx';

interface Props {
  /** The decoded text, as pasted. */
  text: string;
  /** The first matched code, for sharing the code alone. */
  code: string | undefined;
  linkFor: (code: string) => string;
}

/** Makes a link only when asked: the text rides in the fragment (never sent to a server), masked by default. */
export function ShareLink({ text, code, linkFor }: Props) {
  const [masked, setMasked] = useState(true);
  const [codeOnly, setCodeOnly] = useState(false);
  // Masking a multi-megabyte log would block the page for nothing: no link can carry it.
  const fragment =
    codeOnly || text.length > MAX_SHARED ? undefined : shareFragment(masked ? maskSecrets(text) : text);
  const page = typeof window === 'undefined' ? '' : `${window.location.origin}${window.location.pathname}`;
  const link = fragment ? `${page}${fragment}` : code ? linkFor(code) : '';

  return (
    <fieldset className="share">
      <legend>Share</legend>
      <label>
        <input
          type="checkbox"
          checked={masked}
          disabled={codeOnly}
          onChange={(e) => setMasked(e.target.checked)}
        />{' '}
        Mask AccessKey IDs, signatures and account IDs
      </label>
      <label>
        <input type="checkbox" checked={codeOnly} onChange={(e) => setCodeOnly(e.target.checked)} /> Share the
        code only
      </label>
      {!codeOnly && !fragment && (
        <p className="note">The text is too long for a link; share the code only.</p>
      )}
      {link && <CopyButton text={link} label="Copy share link" />}
    </fieldset>
  );
}
