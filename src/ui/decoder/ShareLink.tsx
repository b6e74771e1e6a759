import { use, useMemo, useState } from 'react';
import { useViewText } from '../text/useViewText.ts';
import { readShareFragment } from '../../decode/share/fragment.ts';
import { MAX_SHARED, shareable, shareFragment } from '../../decode/share/share.ts';
import type { CodeSummary } from '../../decode/report/summary.ts';
import { lineCount } from '../../decode/textLines.ts';
import { CopyButton } from '../shared/CopyButton.tsx';
import type { ViewText } from '../text/enViews.ts';
import { loadDecoderText } from '../text/loaders.ts';

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
  const { lang, ui } = useViewText();
  const words = use(loadDecoderText(lang));
  const [codeOnly, setCodeOnly] = useState(false);
  const shared = useMemo(() => shareable(text, summary, total, words), [text, summary, total, words]);
  const fragment = shared && !codeOnly ? shareFragment(shared) : undefined;
  // Read back from the fragment itself, so the preview is what the link holds, not what we meant it to.
  const carried = fragment ? readShareFragment(fragment) : undefined;
  const page = typeof window === 'undefined' ? '' : `${window.location.origin}${window.location.pathname}`;
  const link = fragment ? `${page}${fragment}` : code ? linkFor(code) : '';

  return (
    <fieldset className="share">
      <legend>{ui.results.share.legend}</legend>
      <label>
        <input type="checkbox" checked={codeOnly} onChange={(e) => setCodeOnly(e.target.checked)} />{' '}
        {ui.results.share.codeOnly}
      </label>
      <p className="note">{explain(carried?.kind, codeOnly, code, ui.results.share)}</p>
      {carried && (
        <>
          <label htmlFor="share-preview">{ui.results.share.carries}</label>
          <textarea
            id="share-preview"
            className="share-preview"
            readOnly
            value={carried.text}
            rows={Math.min(8, lineCount(carried.text))}
          />
        </>
      )}
      {link && <CopyButton text={link} label={ui.results.share.copy} />}
    </fieldset>
  );
}

function explain(
  kind: 'paste' | 'summary' | undefined,
  codeOnly: boolean,
  code: string | undefined,
  words: ViewText['results']['share'],
) {
  if (codeOnly || !kind) return code ? words.codeLink(code) : words.noEntry;
  if (kind === 'paste') return words.paste(words.masked);
  return words.summary(MAX_SHARED / 1024);
}
