import { useMemo, useState } from 'react';
import { readShareFragment } from '../../decode/share/fragment.ts';
import { MAX_SHARED, shareable, shareFragment } from '../../decode/share/share.ts';
import type { CodeSummary } from '../../decode/report/summary.ts';
import { lineCount } from '../../decode/textLines.ts';
import { CopyButton } from '../shared/CopyButton.tsx';

interface Props {
  /** The decoded text, as pasted. */
  text: string;
  /** Every finding by code, for a log too long for a link. */
  summary: readonly CodeSummary[];
  total: number;
  /** The first matched code, for sharing the code alone. */
  code: string | undefined;
  linkFor: (code: string) => string;
}

/**
 * Makes a link that carries the paste, always masked, in the fragment (never sent to a server), or its
 * codes and counts when it is too long, or the code alone; and shows exactly what the link carries.
 */
export function ShareLink({ text, summary, total, code, linkFor }: Props) {
  const [codeOnly, setCodeOnly] = useState(false);
  const shared = useMemo(() => shareable(text, summary, total), [text, summary, total]);
  const fragment = shared && !codeOnly ? shareFragment(shared) : undefined;
  // Read back from the fragment itself, so the preview is what the link holds, not what we meant it to.
  const carried = fragment ? readShareFragment(fragment) : undefined;
  const page = typeof window === 'undefined' ? '' : `${window.location.origin}${window.location.pathname}`;
  const link = fragment ? `${page}${fragment}` : code ? linkFor(code) : '';

  return (
    <fieldset className="share">
      <legend>Share</legend>
      <label>
        <input type="checkbox" checked={codeOnly} onChange={(e) => setCodeOnly(e.target.checked)} /> Share the
        code only
      </label>
      <p className="note">{explain(carried?.kind, codeOnly, code)}</p>
      {carried && (
        <>
          <label htmlFor="share-preview">What the link carries</label>
          <textarea
            id="share-preview"
            className="share-preview"
            readOnly
            value={carried.text}
            rows={Math.min(8, lineCount(carried.text))}
          />
        </>
      )}
      {link && <CopyButton text={link} label="Copy share link" />}
    </fieldset>
  );
}

function explain(kind: 'paste' | 'summary' | undefined, codeOnly: boolean, code: string | undefined) {
  if (codeOnly || !kind)
    return code
      ? `The link opens the entry for ${code}; it carries nothing you pasted.`
      : 'Nothing matched a catalog code, so there is no entry to link to.';
  const masked =
    'AccessKey IDs and secrets, security tokens, signatures, passwords, private keys, key material and account IDs are masked as ***.';
  if (kind === 'paste')
    return `The link carries the text below after its #, which browsers never send to a server. ${masked}`;
  return `The text is more than a link can carry (at most ${MAX_SHARED / 1024} KB), so the link carries only its codes and counts, below.`;
}
