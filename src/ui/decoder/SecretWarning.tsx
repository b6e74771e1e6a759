import { use } from 'react';
import { useViewText } from '../text/useViewText.ts';
import { secretNotice } from '../../decode/secrets/notice.ts';
import type { SecretKind } from '../../decode/secrets/secrets.ts';
import { loadDecoderText } from '../text/loaders.ts';

/** Says which credentials the paste holds and what to do, without repeating them. */
export function SecretWarning({ kinds }: { kinds: readonly SecretKind[] }) {
  const { lang, ui } = useViewText();
  const { warnings, note } = secretNotice(kinds, use(loadDecoderText(lang)));
  if (warnings.length === 0) return note ? <p className="note secret-note">{note}</p> : null;
  return (
    <div className="secret-warning" role="alert">
      {warnings.map(({ headline, advice }) => (
        <p key={headline}>
          <strong>{headline}</strong> {advice}
        </p>
      ))}
      {note && <p>{note}</p>}
      <p>{ui.results.secretsMasked}</p>
    </div>
  );
}
