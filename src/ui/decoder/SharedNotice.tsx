import type { Shared } from '../../decode/share/fragment.ts';
import { codesOfSummary } from '../../decode/share/summaryLines.ts';
import { CodeButtons } from '../shared/CodeButtons.tsx';

/** Tells the person who opened a share link what it holds: a masked paste, or a log's codes and counts. */
export function SharedNotice({ shared, onOpen }: { shared: Shared; onOpen: (code: string) => void }) {
  if (shared.kind === 'paste')
    return (
      <p className="shared-notice" role="note">
        <strong>Shared with you:</strong> someone shared this paste from this page. It was masked before it
        was shared: *** marks each secret it hid.
      </p>
    );
  const codes = codesOfSummary(shared.text);
  return (
    <div className="shared-notice" role="note">
      <p>
        <strong>Shared with you:</strong> the codes and counts of a log too long for a link. The log itself
        was not shared.
      </p>
      <pre>{shared.text}</pre>
      <CodeButtons codes={codes} onOpen={onOpen} />
    </div>
  );
}
